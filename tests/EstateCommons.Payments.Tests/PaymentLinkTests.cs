namespace EstateCommons.Payments.Tests;

public sealed class PaymentLinkTests : AgainstFakeStripe
{
    [Fact]
    public async Task Payment_link_asks_for_the_fee_and_names_the_payment_on_what_the_payer_pays()
    {
        var link = await Gateway.CreatePaymentLink(TestPayments.PitchFeeLink(pence: 1850), CancellationToken.None);

        Assert.StartsWith("plink_", link.LinkId);
        Assert.Equal(Field(link.LinkId, "url"), link.Url);
        var sent = LastPost("/v1/payment_links").Parameters;
        Assert.Equal(TestPayments.PitchFee, sent["line_items[0][price_data][product_data][name]"]);
        Assert.Equal("1850", sent["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("gbp", sent["line_items[0][price_data][currency]"]);
        Assert.Equal("pay-pitch-fee-1", sent["metadata[paymentId]"]);
        Assert.Equal("pay-pitch-fee-1", sent["payment_intent_data[metadata][paymentId]"]);
        Assert.Equal("link-pitch-fee-1", LastPost("/v1/payment_links").IdempotencyKey);
    }

    [Fact]
    public async Task Paying_through_the_link_is_notified_for_the_payment_and_the_link_takes_no_second_payment()
    {
        var link = await Gateway.CreatePaymentLink(TestPayments.PitchFeeLink(pence: 1850), CancellationToken.None);

        var paid = Read(Stripe.PayThroughLink(link.LinkId));
        var succeeded = Read(Stripe.PaymentIntentEvent(paid.ProviderPaymentId!));

        Assert.Equal(PaymentNotificationKind.CheckoutPaid, paid.Kind);
        Assert.Equal("pay-pitch-fee-1", paid.PaymentId);
        Assert.Equal(Money.Gbp(1850), paid.Amount);
        Assert.Equal(PaymentNotificationKind.PaymentSucceeded, succeeded.Kind);
        Assert.Equal("pay-pitch-fee-1", succeeded.PaymentId);
        Assert.Equal(Money.Gbp(1850), succeeded.Amount);
        Assert.Throws<InvalidOperationException>(() => Stripe.PayThroughLink(link.LinkId));
    }
}
