namespace EstateCommons.Payments.Tests;

public sealed class SavedCardTests : AgainstFakeStripe
{
    [Fact]
    public async Task Card_saved_on_the_setup_page_is_charged_the_pitch_fee_later_without_the_seller()
    {
        var page = await Gateway.StartCardSetup(TestPayments.PitchFeeCardSetup(), CancellationToken.None);
        var cardSaved = Read(Stripe.CompleteCardSetup(page.CheckoutId));

        var outcome = await Gateway.ChargeSavedCard(TestPayments.PitchFeeCharge(cardSaved, pence: 1850), CancellationToken.None);

        Assert.Equal(PaymentNotificationKind.CardSaved, cardSaved.Kind);
        Assert.Equal("pay-pitch-fee-1", cardSaved.PaymentId);
        Assert.Equal(page.CheckoutId, cardSaved.CheckoutId);
        Assert.Equal(Field(page.CheckoutId, "customer"), cardSaved.CustomerId);
        Assert.Equal(Field(Field(page.CheckoutId, "setup_intent"), "payment_method"), cardSaved.PaymentMethodId);
        Assert.True(outcome.Succeeded);
        Assert.Null(outcome.DeclineReason);
        var payment = Stripe.Find(outcome.ProviderPaymentId!)!;
        Assert.Equal("succeeded", (string)payment["status"]!);
        Assert.Equal(1850, (long)payment["amount_received"]!);
        Assert.Equal("gbp", (string)payment["currency"]!);
        Assert.Equal("pay-pitch-fee-1", (string)payment["metadata"]!["paymentId"]!);
        var charge = LastPost("/v1/payment_intents").Parameters;
        Assert.Equal("true", charge["off_session"]);
        Assert.Equal("true", charge["confirm"]);
    }

    [Fact]
    public async Task Setup_page_asks_for_a_customer_to_own_the_card_and_tags_the_setup_with_the_payment()
    {
        await Gateway.StartCardSetup(TestPayments.PitchFeeCardSetup(), CancellationToken.None);

        var sent = LastPost("/v1/checkout/sessions").Parameters;
        Assert.Equal("setup", sent["mode"]);
        Assert.Equal("gbp", sent["currency"]);
        Assert.Equal("always", sent["customer_creation"]);
        Assert.Equal(TestPayments.Seller, sent["customer_email"]);
        Assert.Equal("pay-pitch-fee-1", sent["metadata[paymentId]"]);
        Assert.Equal("pay-pitch-fee-1", sent["setup_intent_data[metadata][paymentId]"]);
        Assert.Equal(TestPayments.PitchFee, sent["setup_intent_data[description]"]);
    }

    [Fact]
    public async Task Declined_card_is_an_outcome_with_the_banks_reason_and_the_failed_payment_is_notified()
    {
        var page = await Gateway.StartCardSetup(TestPayments.PitchFeeCardSetup(), CancellationToken.None);
        var cardSaved = Read(Stripe.CompleteCardSetup(page.CheckoutId, FakeCards.ChargeDeclined));

        var outcome = await Gateway.ChargeSavedCard(TestPayments.PitchFeeCharge(cardSaved), CancellationToken.None);
        var failed = Read(Stripe.PaymentIntentEvent(outcome.ProviderPaymentId!));

        Assert.False(outcome.Succeeded);
        Assert.Equal("Your card was declined.", outcome.DeclineReason);
        Assert.Equal(PaymentNotificationKind.PaymentFailed, failed.Kind);
        Assert.Equal("pay-pitch-fee-1", failed.PaymentId);
        Assert.Equal(outcome.ProviderPaymentId, failed.ProviderPaymentId);
        Assert.Equal("Your card was declined.", failed.FailureReason);
    }

    [Fact]
    public async Task Card_whose_bank_wants_the_seller_present_is_declined_off_session()
    {
        var page = await Gateway.StartCardSetup(TestPayments.PitchFeeCardSetup(), CancellationToken.None);
        var cardSaved = Read(Stripe.CompleteCardSetup(page.CheckoutId, FakeCards.AuthenticationRequired));

        var outcome = await Gateway.ChargeSavedCard(TestPayments.PitchFeeCharge(cardSaved), CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Contains("requires authentication", outcome.DeclineReason);
    }

    [Fact]
    public async Task Charge_retried_with_the_same_key_takes_the_money_once()
    {
        var page = await Gateway.StartCardSetup(TestPayments.PitchFeeCardSetup(), CancellationToken.None);
        var charge = TestPayments.PitchFeeCharge(Read(Stripe.CompleteCardSetup(page.CheckoutId)));

        var first = await Gateway.ChargeSavedCard(charge, CancellationToken.None);
        var again = await Gateway.ChargeSavedCard(charge, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(1, Stripe.Count("payment_intent"));
    }

    [Fact]
    public async Task Declined_charge_retried_with_the_same_key_is_the_same_decline()
    {
        var page = await Gateway.StartCardSetup(TestPayments.PitchFeeCardSetup(), CancellationToken.None);
        var charge = TestPayments.PitchFeeCharge(Read(Stripe.CompleteCardSetup(page.CheckoutId, FakeCards.ChargeDeclined)));

        var first = await Gateway.ChargeSavedCard(charge, CancellationToken.None);
        var again = await Gateway.ChargeSavedCard(charge, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(1, Stripe.Count("payment_intent"));
        Assert.True(LastPost("/v1/payment_intents").Replayed);
    }

    [Fact]
    public async Task Charging_a_card_the_customer_does_not_own_is_a_provider_error()
    {
        var page = await Gateway.StartCardSetup(TestPayments.PitchFeeCardSetup(), CancellationToken.None);
        var cardSaved = Read(Stripe.CompleteCardSetup(page.CheckoutId));

        var refused = await Assert.ThrowsAsync<PaymentProviderException>(() => Gateway.ChargeSavedCard(
            TestPayments.PitchFeeCharge(cardSaved with { CustomerId = "cus_someone_else" }), CancellationToken.None));

        Assert.Contains("resource_missing", refused.Message);
    }
}
