namespace EstateCommons.Payments.Stripe;

/// <summary>Stripe's timestamps (whole seconds since the Unix epoch, read by Stripe.net as <see cref="DateTime"/>) as instants.</summary>
internal static class StripeTime
{
    // Stripe.net's converter does not promise a UTC kind; the value is UTC whatever kind it carries.
    public static Instant ToInstant(DateTime stripeTime) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(stripeTime, DateTimeKind.Utc));
}
