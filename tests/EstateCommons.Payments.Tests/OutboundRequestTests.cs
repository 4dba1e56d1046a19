namespace EstateCommons.Payments.Tests;

public sealed class OutboundRequestTests : AgainstFakeStripe
{
    [Fact]
    public async Task Every_call_carries_the_secret_key_and_every_change_carries_our_idempotency_key()
    {
        var checkout = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(), CancellationToken.None);
        var paid = Read(Stripe.CompleteCheckout(checkout.CheckoutId));
        await Gateway.Refund(new RefundRequest("pay-room-hire-1", paid.ProviderPaymentId!, Money.Gbp(500), "Goodwill", "refund-goodwill"), CancellationToken.None);
        var abandoned = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(key: "checkout-room-hire-2"), CancellationToken.None);
        await Gateway.ExpireCheckout(abandoned.CheckoutId, CancellationToken.None);
        var setup = await Gateway.StartCardSetup(TestPayments.PitchFeeCardSetup(), CancellationToken.None);
        var cardSaved = Read(Stripe.CompleteCardSetup(setup.CheckoutId, FakeCards.ChargeDeclined));
        await Gateway.ChargeSavedCard(TestPayments.PitchFeeCharge(cardSaved), CancellationToken.None);
        await Gateway.CreatePaymentLink(TestPayments.PitchFeeLink(), CancellationToken.None);

        var requests = Stripe.Requests;

        Assert.All(requests, request => Assert.Equal($"Bearer {Stripe.SecretKey}", request.Authorization));
        // Stripe.net would invent a random key for a POST without one, so only our own keys show each change was keyed.
        Assert.Equal(
            ["checkout-room-hire-1", "refund-goodwill", "checkout-room-hire-2", $"expire-{abandoned.CheckoutId}",
             "card-setup-pitch-fee-1", "charge-pitch-fee-1", "link-pitch-fee-1"],
            requests.Where(request => request.Method == "POST").Select(request => request.IdempotencyKey));
        Assert.Equal(
            [$"/v1/setup_intents/{Field(setup.CheckoutId, "setup_intent")}"],
            requests.Where(request => request.Method == "GET").Select(request => request.Path));
    }
}
