namespace EstateCommons.Payments.Stripe;

/// <summary>
/// Money as Stripe writes it: an integer amount in the currency's smallest unit (as <see cref="Money"/> keeps it) and
/// a lower-case ISO currency code, which Stripe always answers in whatever case it was given.
/// </summary>
internal static class StripeMoney
{
    public static string Currency(string isoCurrency) => isoCurrency.ToLowerInvariant();

    public static Money FromStripe(long amount, string currency) => new(amount, currency.ToUpperInvariant());
}
