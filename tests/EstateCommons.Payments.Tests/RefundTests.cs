namespace EstateCommons.Payments.Tests;

public sealed class RefundTests : AgainstFakeStripe
{
    [Fact]
    public async Task Part_of_a_paid_room_hire_is_refunded_once_however_often_it_is_asked()
    {
        var paid = await PaidRoomHire(pence: 4500);
        var request = new RefundRequest("pay-room-hire-1", paid.ProviderPaymentId!, Money.Gbp(2000), "Cancelled a week ahead: half refunded", "refund-room-hire-1");

        var refund = await Gateway.Refund(request, CancellationToken.None);
        var again = await Gateway.Refund(request, CancellationToken.None);

        Assert.Equal(new RefundOutcome(refund.RefundId, Money.Gbp(2000), true), refund);
        Assert.Equal(refund, again);
        Assert.Equal(1, Stripe.Count("refund"));
        var sent = LastPost("/v1/refunds").Parameters;
        Assert.Equal(paid.ProviderPaymentId, sent["payment_intent"]);
        Assert.Equal("2000", sent["amount"]);
        Assert.Equal("pay-room-hire-1", sent["metadata[paymentId]"]);
        Assert.Equal("Cancelled a week ahead: half refunded", sent["metadata[reason]"]);
    }

    [Fact]
    public async Task Refunding_more_than_was_paid_is_a_provider_error()
    {
        var paid = await PaidRoomHire(pence: 4500);

        var refused = await Assert.ThrowsAsync<PaymentProviderException>(() => Gateway.Refund(
            new RefundRequest("pay-room-hire-1", paid.ProviderPaymentId!, Money.Gbp(4501), "Too much", "refund-too-much"),
            CancellationToken.None));

        Assert.Contains("invalid_request_error", refused.Message);
        Assert.Equal(0, Stripe.Count("refund"));
    }

    [Fact]
    public async Task Refunding_a_payment_stripe_never_took_is_a_provider_error()
    {
        var refused = await Assert.ThrowsAsync<PaymentProviderException>(() => Gateway.Refund(
            new RefundRequest("pay-room-hire-1", "pi_never_taken", Money.Gbp(100), "Nothing to refund", "refund-nothing"),
            CancellationToken.None));

        Assert.Contains("resource_missing", refused.Message);
    }

    private async Task<PaymentNotification> PaidRoomHire(long pence)
    {
        var page = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(pence), CancellationToken.None);
        return Read(Stripe.CompleteCheckout(page.CheckoutId));
    }
}
