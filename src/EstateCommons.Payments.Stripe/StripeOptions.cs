namespace EstateCommons.Payments.Stripe;

/// <summary>
/// How EstateCommons reaches Stripe, bound from <c>EstateCommons:Stripe</c>. Without a <see cref="SecretKey"/>
/// payments are off.
/// </summary>
public sealed class StripeOptions
{
    public const string SectionName = "EstateCommons:Stripe";

    /// <summary>The account's secret API key (<c>sk_live_…</c> or <c>sk_test_…</c>).</summary>
    public string? SecretKey { get; set; }

    /// <summary>The signing secret of the webhook endpoint (<c>whsec_…</c>) that notifications are checked against.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the Stripe API is; unset means Stripe itself. Tests point it at a fake on loopback.</summary>
    public string? ApiBase { get; set; }
}
