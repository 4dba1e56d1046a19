namespace EstateCommons.StripeFake;

/// <summary>
/// Stripe's test payment methods that the fake understands: save one with <see cref="FakeStripe.CompleteCardSetup"/>
/// (or charge it directly) and off-session charges behave as Stripe's test cards of the same name do.
/// </summary>
public static class FakeCards
{
    /// <summary>A card that pays.</summary>
    public const string Visa = "pm_card_visa";

    /// <summary>A card whose every charge is declined (<c>card_declined</c>, <c>generic_decline</c>).</summary>
    public const string ChargeDeclined = "pm_card_chargeDeclined";

    /// <summary>A card whose bank wants the payer present, so an off-session charge fails with <c>authentication_required</c>.</summary>
    public const string AuthenticationRequired = "pm_card_authenticationRequired";

    internal static bool IsTestCard(string paymentMethod) =>
        paymentMethod is Visa or ChargeDeclined or AuthenticationRequired;
}
