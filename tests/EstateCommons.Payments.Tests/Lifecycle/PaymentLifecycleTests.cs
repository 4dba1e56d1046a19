using NodaTime;

namespace EstateCommons.Payments.Tests.Lifecycle;

public sealed class PaymentLifecycleTests
{
    private static readonly Instant Start = Instant.FromUtc(2027, 3, 1, 10, 0);

    private static PaymentOrder Order(PaymentCollection collection = PaymentCollection.Checkout, long pence = 4200) => new(
        PaymentPurpose.RoomHire, collection, Domain.Money.Gbp(pence), "Seminar Room 1, General Hospital — Tue 16 Mar 2027 10:00–12:00",
        "member@carers.example", "general", "trust-a", "Europe/London",
        new PaymentOwner(PaymentOwnerKind.SpaceBookings, "general/room-1", ["booking-1"]), Start + Duration.FromMinutes(30));

    private static PaymentNotification Notice(string id, PaymentNotificationKind kind, Instant at) =>
        new(id, kind.ToString(), kind, at, "pay-1", "cs_1", "pi_1", Domain.Money.Gbp(4200), null, null, null);

    [Fact]
    public void A_paid_notification_confirms_once_and_its_repeats_change_nothing()
    {
        var open = Payment.Start("pay-1", Order(), Start);

        var first = open.Apply(Notice("evt_1", PaymentNotificationKind.CheckoutPaid, Start), Start + Duration.FromMinutes(1));
        var repeat = first.Payment.Apply(Notice("evt_1", PaymentNotificationKind.CheckoutPaid, Start), Start + Duration.FromMinutes(2));

        Assert.Equal((PaymentStatus.Paid, PaymentEffect.Confirm, true), (first.Payment.Status, first.Effect, first.Changed));
        Assert.False(repeat.Changed);
        Assert.Same(first.Payment, repeat.Payment);
    }

    [Fact]
    public void An_expiry_that_arrives_after_the_payment_is_recorded_but_undoes_nothing()
    {
        var paid = Payment.Start("pay-1", Order(), Start).Apply(Notice("evt_paid", PaymentNotificationKind.CheckoutPaid, Start), Start).Payment;

        var late = paid.Apply(Notice("evt_expired", PaymentNotificationKind.CheckoutExpired, Start - Duration.FromMinutes(1)), Start + Duration.FromMinutes(1));

        Assert.Equal(PaymentStatus.Paid, late.Payment.Status);
        Assert.Equal(PaymentEffect.None, late.Effect);
        Assert.True(late.Payment.HasApplied("evt_expired"));
    }

    [Fact]
    public void A_hold_runs_out_only_at_its_time_and_a_payment_after_that_is_flagged_for_the_owner_to_keep_or_refund()
    {
        var open = Payment.Start("pay-1", Order(), Start);

        Assert.False(open.HoldRanOut(Start + Duration.FromMinutes(29)).Changed);
        var expired = open.HoldRanOut(Start + Duration.FromMinutes(30));
        var paidLate = expired.Payment.Apply(Notice("evt_paid", PaymentNotificationKind.CheckoutPaid, Start), Start + Duration.FromMinutes(31));

        Assert.Equal((PaymentStatus.Expired, PaymentEffect.Release), (expired.Payment.Status, expired.Effect));
        Assert.Equal(PaymentEffect.PaidAfterRelease, paidLate.Effect);
        Assert.True(paidLate.Payment.PaidAfterRelease);
        Assert.Equal(4200, paidLate.Payment.Refundable.MinorUnits);
    }

    [Fact]
    public void Refunds_reduce_what_can_still_be_refunded()
    {
        var paid = Payment.Start("pay-1", Order(), Start).Apply(Notice("evt_paid", PaymentNotificationKind.CheckoutPaid, Start), Start).Payment;

        var partly = paid.WithRefund(new PaymentRefund("cancel:booking-1", "re_1", Domain.Money.Gbp(1200), "Cancelled in time", Start));

        Assert.Equal(3000, partly.Refundable.MinorUnits);
        Assert.Equal(1200, partly.Refunded.MinorUnits);
    }

    [Fact]
    public void A_saved_card_is_confirmed_when_saved_then_a_declined_charge_is_outstanding_until_its_link_is_paid()
    {
        var open = Payment.Start("pay-1", Order(PaymentCollection.SavedCard, 0), Start);
        var saved = open.Apply(new PaymentNotification("evt_saved", "checkout.session.completed", PaymentNotificationKind.CardSaved, Start, "pay-1", "cs_1", null, null, "cus_1", "pm_1", null), Start);

        var declined = saved.Payment.RecordCharge(Domain.Money.Gbp(850), new ChargeOutcome(false, null, "Your card was declined."), Start + Duration.FromDays(1));
        var settled = declined.Apply(Notice("evt_link", PaymentNotificationKind.CheckoutPaid, Start), Start + Duration.FromDays(2));

        Assert.Equal((PaymentStatus.CardSaved, PaymentEffect.Confirm), (saved.Payment.Status, saved.Effect));
        Assert.Equal(("cus_1", "pm_1"), (saved.Payment.CustomerId, saved.Payment.PaymentMethodId));
        Assert.Equal(PaymentStatus.Failed, declined.Status);
        Assert.Equal(850, declined.Due.MinorUnits);
        Assert.Equal((PaymentStatus.Paid, PaymentEffect.None), (settled.Payment.Status, settled.Effect));
    }

    [Fact]
    public void Reconciliation_totals_are_the_sums_of_their_lines_and_a_settled_failure_is_no_longer_outstanding()
    {
        var month = new LedgerMonth("general", new YearMonth(2027, 3));
        LedgerEntry Line(string id, LedgerEntryKind kind, long pence, string payment = "pay-x") =>
            new(id, kind, payment, PaymentPurpose.RoomHire, "Room hire", "member@carers.example", Domain.Money.Gbp(pence), Start, null);
        var entries = new[]
        {
            Line("a", LedgerEntryKind.Payment, 4200, "pay-a"), Line("b", LedgerEntryKind.Payment, 3500, "pay-b"),
            Line("c", LedgerEntryKind.Refund, 1200, "pay-a"), Line("d", LedgerEntryKind.ToInvoice, 9000, "pay-d"),
            Line("e", LedgerEntryKind.ChargeFailed, 500, "pay-e"), Line("f", LedgerEntryKind.ChargeFailed, 700, "pay-f"),
            Line("g", LedgerEntryKind.ChargeSettled, 700, "pay-f"),
        };

        var r = Reconciliation.Of(month, entries);

        Assert.Equal(7700, r.PaymentsTotal.MinorUnits);
        Assert.Equal(1200, r.RefundsTotal.MinorUnits);
        Assert.Equal(6500, r.NetReceived.MinorUnits);
        Assert.Equal(9000, r.ToInvoiceTotal.MinorUnits);
        Assert.Equal(["pay-e"], r.Outstanding.Select(o => o.PaymentId));
        Assert.Equal(r.Payments.Sum(p => p.Amount.MinorUnits), r.PaymentsTotal.MinorUnits);
        Assert.Equal("general/2027-03", month.Key);
        Assert.Equal(month, LedgerMonth.FromKey(month.Key));
    }
}
