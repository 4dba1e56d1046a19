namespace EstateCommons.Payments.Tests;

/// <summary>What EstateCommons asks of the gateway in the tests: a room hire paid up front and a footfall pitch fee charged later.</summary>
internal static class TestPayments
{
    public const string RoomHire = "Seminar Room 1, Northfield General, Mon 14 Jun 2027 10:00–12:00";
    public const string PitchFee = "Pitch 4, Thursday Food Market, Northfield General, Thu 17 Jun 2027";
    public const string Charity = "coordinator@carers.example";
    public const string Seller = "stall@lickeyhoney.example";

    public static CheckoutRequest RoomHireCheckout(long pence = 4500, string key = "checkout-room-hire-1", Duration? open = null) => new(
        PaymentId: "pay-room-hire-1",
        Amount: Money.Gbp(pence),
        Description: RoomHire,
        PayerEmail: Charity,
        ExpiresAt: WholeSecondsFromNow(open ?? Duration.FromHours(1)),
        SuccessUrl: "https://estatecommons.example/payments/pay-room-hire-1/paid",
        CancelUrl: "https://estatecommons.example/payments/pay-room-hire-1/cancelled",
        IdempotencyKey: key);

    public static CardSetupRequest PitchFeeCardSetup() => new(
        PaymentId: "pay-pitch-fee-1",
        Description: PitchFee,
        PayerEmail: Seller,
        Currency: Money.PoundSterling,
        SuccessUrl: "https://estatecommons.example/payments/pay-pitch-fee-1/card-saved",
        CancelUrl: "https://estatecommons.example/payments/pay-pitch-fee-1/cancelled",
        IdempotencyKey: "card-setup-pitch-fee-1");

    public static SavedCardCharge PitchFeeCharge(PaymentNotification cardSaved, long pence = 1850, string key = "charge-pitch-fee-1") => new(
        PaymentId: "pay-pitch-fee-1",
        Amount: Money.Gbp(pence),
        Description: PitchFee,
        CustomerId: cardSaved.CustomerId!,
        PaymentMethodId: cardSaved.PaymentMethodId!,
        IdempotencyKey: key);

    public static PaymentLinkRequest PitchFeeLink(long pence = 1850) =>
        new("pay-pitch-fee-1", Money.Gbp(pence), PitchFee, "link-pitch-fee-1");

    // Stripe keeps whole seconds; a request for a fraction of one would never come back equal.
    private static Instant WholeSecondsFromNow(Duration open) =>
        Instant.FromUnixTimeSeconds((SystemClock.Instance.GetCurrentInstant() + open).ToUnixTimeSeconds());
}
