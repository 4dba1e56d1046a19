using System.Text.Json.Nodes;

namespace EstateCommons.Payments.Tests;

public sealed class NotificationTests : AgainstFakeStripe
{
    [Fact]
    public async Task Paid_checkout_names_the_payment_what_was_paid_and_stripes_payment()
    {
        var page = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(pence: 4500), CancellationToken.None);
        var delivery = Stripe.CompleteCheckout(page.CheckoutId);

        var paid = Read(delivery);

        Assert.Equal(delivery.EventId, paid.EventId);
        Assert.Equal("checkout.session.completed", paid.EventType);
        Assert.Equal(PaymentNotificationKind.CheckoutPaid, paid.Kind);
        Assert.Equal("pay-room-hire-1", paid.PaymentId);
        Assert.Equal(page.CheckoutId, paid.CheckoutId);
        Assert.Equal(Field(page.CheckoutId, "payment_intent"), paid.ProviderPaymentId);
        Assert.Equal(Money.Gbp(4500), paid.Amount);
        Assert.Equal(Instant.FromUnixTimeSeconds((long)JsonNode.Parse(delivery.Payload)!["created"]!), paid.OccurredAt);
    }

    [Fact]
    public async Task Payment_behind_a_paid_checkout_carries_the_payment_id_too()
    {
        var page = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(pence: 4500), CancellationToken.None);
        var paid = Read(Stripe.CompleteCheckout(page.CheckoutId));

        var succeeded = Read(Stripe.PaymentIntentEvent(paid.ProviderPaymentId!));

        Assert.Equal(PaymentNotificationKind.PaymentSucceeded, succeeded.Kind);
        Assert.Equal("pay-room-hire-1", succeeded.PaymentId);
        Assert.Equal(Money.Gbp(4500), succeeded.Amount);
    }

    [Fact]
    public async Task Checkout_paid_by_bank_debit_counts_as_paid_only_when_the_money_arrives()
    {
        var page = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(pence: 4500), CancellationToken.None);

        var completed = Read(Stripe.CompleteCheckoutByBankDebit(page.CheckoutId));
        var settled = Read(Stripe.SettleBankDebit(page.CheckoutId, paid: true));

        Assert.Equal(PaymentNotificationKind.Other, completed.Kind);
        Assert.Equal(PaymentNotificationKind.CheckoutPaid, settled.Kind);
        Assert.Equal("pay-room-hire-1", settled.PaymentId);
        Assert.Equal(Money.Gbp(4500), settled.Amount);
        Assert.Equal(Field(page.CheckoutId, "payment_intent"), settled.ProviderPaymentId);
    }

    [Fact]
    public async Task Bank_debit_the_bank_refused_is_a_failed_payment()
    {
        var page = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(), CancellationToken.None);
        Stripe.CompleteCheckoutByBankDebit(page.CheckoutId);

        var failed = Read(Stripe.SettleBankDebit(page.CheckoutId, paid: false));

        Assert.Equal(PaymentNotificationKind.PaymentFailed, failed.Kind);
        Assert.Equal("pay-room-hire-1", failed.PaymentId);
        Assert.NotNull(failed.FailureReason);
    }

    [Fact]
    public async Task Page_that_lapsed_unpaid_is_notified_as_expired()
    {
        var page = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(), CancellationToken.None);

        var expired = Read(Stripe.ExpireCheckout(page.CheckoutId));

        Assert.Equal(PaymentNotificationKind.CheckoutExpired, expired.Kind);
        Assert.Equal("pay-room-hire-1", expired.PaymentId);
        Assert.Equal(page.CheckoutId, expired.CheckoutId);
    }

    [Fact]
    public async Task Event_about_something_we_did_not_ask_for_is_acknowledged_as_other()
    {
        var page = await Gateway.StartCardSetup(TestPayments.PitchFeeCardSetup(), CancellationToken.None);
        Stripe.CompleteCardSetup(page.CheckoutId);

        var other = Read(Stripe.Event("customer.created", Field(page.CheckoutId, "customer")));

        Assert.Equal(PaymentNotificationKind.Other, other.Kind);
        Assert.Equal("customer.created", other.EventType);
        Assert.Null(other.PaymentId);
    }

    [Fact]
    public async Task Event_rendered_for_an_older_api_version_is_still_read()
    {
        var page = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(pence: 4500), CancellationToken.None);
        Stripe.CompleteCheckout(page.CheckoutId);

        var paid = Read(Stripe.Event("checkout.session.completed", page.CheckoutId, apiVersion: "2025-03-31.basil"));

        Assert.Equal(PaymentNotificationKind.CheckoutPaid, paid.Kind);
        Assert.Equal("pay-room-hire-1", paid.PaymentId);
        Assert.Equal(Money.Gbp(4500), paid.Amount);
    }

    [Fact]
    public async Task Notification_signed_with_another_secret_is_rejected()
    {
        var genuine = await PaidCheckoutDelivery();

        var forged = Stripe.Sign(genuine.Payload, genuine.SignedAt, secret: "whsec_someone_else");

        Assert.Throws<PaymentNotificationRejectedException>(() => Read(forged));
    }

    [Fact]
    public async Task Notification_whose_payload_was_altered_after_signing_is_rejected()
    {
        var genuine = await PaidCheckoutDelivery();

        var altered = genuine with { Payload = genuine.Payload.Replace("\"amount_total\":4500", "\"amount_total\":1") };

        Assert.NotEqual(genuine.Payload, altered.Payload);
        Assert.Throws<PaymentNotificationRejectedException>(() => Read(altered));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a stripe signature")]
    public async Task Notification_without_a_usable_signature_header_is_rejected(string? header)
    {
        var genuine = await PaidCheckoutDelivery();

        Assert.Throws<PaymentNotificationRejectedException>(
            () => Gateway.ReadNotification(genuine.Payload, header, Instant.FromDateTimeOffset(genuine.SignedAt)));
    }

    [Fact]
    public async Task Notification_signed_more_than_five_minutes_before_now_is_rejected()
    {
        var genuine = await PaidCheckoutDelivery();
        var signedAt = Instant.FromUnixTimeSeconds(genuine.SignedAt.ToUnixTimeSeconds());

        var justInTime = Gateway.ReadNotification(genuine.Payload, genuine.SignatureHeader, signedAt + Duration.FromSeconds(300));

        Assert.Equal(PaymentNotificationKind.CheckoutPaid, justInTime.Kind);
        Assert.Throws<PaymentNotificationRejectedException>(
            () => Gateway.ReadNotification(genuine.Payload, genuine.SignatureHeader, signedAt + Duration.FromSeconds(301)));
    }

    [Fact]
    public async Task Replayed_old_delivery_signed_long_ago_is_rejected_now()
    {
        var genuine = await PaidCheckoutDelivery();

        var stale = Stripe.Sign(genuine.Payload, DateTimeOffset.UtcNow.AddMinutes(-6));

        Assert.Throws<PaymentNotificationRejectedException>(
            () => Gateway.ReadNotification(stale.Payload, stale.SignatureHeader, SystemClock.Instance.GetCurrentInstant()));
    }

    private async Task<SignedEvent> PaidCheckoutDelivery()
    {
        var page = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(pence: 4500), CancellationToken.None);
        return Stripe.CompleteCheckout(page.CheckoutId);
    }
}
