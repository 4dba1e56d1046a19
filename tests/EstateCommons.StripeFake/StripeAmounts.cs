namespace EstateCommons.StripeFake;

/// <summary>The smallest amount Stripe will charge in a currency, in its minor units.</summary>
internal static class StripeAmounts
{
    public static long Minimum(string currency) => currency switch
    {
        "gbp" => 30,
        _ => 50,
    };

    public static string Show(long amount, string currency) => currency switch
    {
        "gbp" => $"£{amount / 100}.{amount % 100:00}",
        _ => $"{amount / 100}.{amount % 100:00}",
    } + " " + currency;
}
