using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Payments;
using EstateCommons.Payments.Testing;

namespace EstateCommons.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class RoomHireCancellationTests(TwoSiloCluster cluster)
{
    private const string Member = "member@carers.example";
    private const string Manager = "manager@trust.example";

    private static RecordingPaymentGateway Gateway => TwoSiloCluster.Payments;

    [Fact]
    public async Task A_paid_booking_cancelled_48_hours_ahead_is_refunded_in_full_later_not_at_all_and_by_the_manager_always()
    {
        var space = await Estate.NewSpace(cluster.Client, cancellation: new CancellationPolicy(48));
        var hirer = await Estate.NewOrganisation(cluster.Client, OrganisationKind.Commercial);
        // Tomorrow is inside the 48 hours; the week after is well outside them.
        var series = await space.Book(Estate.Request(hirer, RoomHire.DaysAhead(1, 10), RoomHire.DaysAhead(1, 12), RoomHire.Weekly(2), OrganisationKind.Commercial), Estate.Hold);
        var afternoon = await space.Book(Estate.Request(hirer, RoomHire.DaysAhead(1, 14), RoomHire.DaysAhead(1, 15), kind: OrganisationKind.Commercial), Estate.Hold);
        await cluster.Client.Pay(series.Payment!);
        await cluster.Client.Pay(afternoon.Payment!);

        var late = await space.Cancel(series.Booked[0].Id, CancelScope.ThisOccurrence, Member, byManager: false);
        var inTime = await space.Cancel(series.Booked[1].Id, CancelScope.ThisOccurrence, Member, byManager: false);
        var byManager = await space.Cancel(afternoon.Booked[0].Id, CancelScope.ThisOccurrence, Manager, byManager: true);

        Assert.Equal(BookingStatus.Cancelled, Assert.Single(late.Changed).Status);
        Assert.Empty(late.Refunds!);
        Assert.Equal(new BookingRefund(series.Booked[1].Id, series.Payment!.Id, Money.Gbp(8000)), Assert.Single(inTime.Refunds!));
        Assert.Equal(new BookingRefund(afternoon.Booked[0].Id, afternoon.Payment!.Id, Money.Gbp(4000)), Assert.Single(byManager.Refunds!));
        Assert.Equal([$"{series.Payment.Id}:refund:cancel:{series.Booked[1].Id}"], Gateway.Refunds.Where(r => r.PaymentId == series.Payment.Id).Select(r => r.IdempotencyKey));
        Assert.Equal(Money.Gbp(8000), (await cluster.Client.PaymentOf(series.Payment).Get())!.Refunded);
        Assert.Equal(Money.Gbp(12000), (await cluster.Client.LedgerNow(space)).RefundsTotal);
    }

    [Fact]
    public async Task Cancelling_one_week_of_a_hold_waiting_for_payment_cancels_every_week_it_covers_and_closes_the_checkout()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var hirer = await Estate.NewOrganisation(cluster.Client, OrganisationKind.Commercial);
        var held = await space.Book(Estate.Request(hirer, "2027-09-07T10:00", "2027-09-07T11:00", RoomHire.Weekly(3), OrganisationKind.Commercial), Estate.Hold);
        var payment = held.Payment!;

        var change = await space.Cancel(held.Booked[1].Id, CancelScope.ThisOccurrence, Member, byManager: false);

        Assert.Equal(3, change.Changed.Count);
        Assert.Contains("every occurrence", change.Note);
        Assert.Equal(Enumerable.Repeat(BookingStatus.Cancelled, 3), await space.Statuses(held.Booked));
        Assert.Contains(RecordingPaymentGateway.CheckoutIdFor(payment.Id), Gateway.ExpiredCheckouts);
        Assert.Equal(PaymentStatus.Cancelled, (await cluster.Client.PaymentOf(payment).Get())!.Status);

        // The payer got through just as the page closed: nothing is held for them any more, so it all goes back.
        await cluster.Client.Pay(payment);

        Assert.Equal(Money.Gbp(12000), Assert.Single(Gateway.Refunds, r => r.PaymentId == payment.Id).Amount);
        Assert.Equal(Enumerable.Repeat(BookingStatus.Cancelled, 3), await space.Statuses(held.Booked));
    }

    [Fact]
    public async Task A_paid_booking_that_needed_approval_waits_for_the_manager_and_is_refunded_when_rejected()
    {
        var space = await Estate.NewSpace(cluster.Client, approvalRequired: true);
        var hirer = await Estate.NewOrganisation(cluster.Client, OrganisationKind.Commercial);
        var held = await space.Book(Estate.Request(hirer, "2027-09-14T18:00", "2027-09-14T21:00", kind: OrganisationKind.Commercial), Estate.Hold);
        Assert.Equal([BookingStatus.PendingPayment], held.Booked.Select(b => b.Status));

        await cluster.Client.Pay(held.Payment!);
        Assert.Equal([BookingStatus.PendingApproval], await space.Statuses(held.Booked));
        var rejected = await space.Reject(held.Booked[0].Id, Manager, "The hall is needed for a vaccination clinic");

        Assert.Equal(BookingStatus.Rejected, Assert.Single(rejected.Changed).Status);
        Assert.Equal(Money.Gbp(12000), Assert.Single(rejected.Refunds!).Amount);
        Assert.Equal(PaymentStatus.Paid, (await cluster.Client.PaymentOf(held.Payment!).Get())!.Status);
        Assert.Equal(Money.Gbp(12000), (await cluster.Client.PaymentOf(held.Payment!).Get())!.Refunded);
    }

    [Fact]
    public async Task With_payments_off_a_booking_cancelled_in_time_comes_off_the_invoice()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var hirer = await Estate.NewOrganisation(cluster.Client, OrganisationKind.Commercial);
        Gateway.IsEnabled = false;
        try
        {
            var series = await space.Book(Estate.Request(hirer, "2027-10-05T10:00", "2027-10-05T12:00", RoomHire.Weekly(2), OrganisationKind.Commercial), Estate.Hold);
            var payment = cluster.Client.PaymentOf(series.Payment!);

            var first = await space.Cancel(series.Booked[0].Id, CancelScope.ThisOccurrence, Member, byManager: false);
            var toInvoiceAfterOne = (await cluster.Client.LedgerNow(space)).ToInvoiceTotal;
            var statusAfterOne = (await payment.Get())!.Status;
            await space.Cancel(series.Booked[1].Id, CancelScope.ThisOccurrence, Member, byManager: false);

            Assert.Equal(Money.Gbp(8000), Assert.Single(first.Refunds!).Amount);
            Assert.Equal((Money.Gbp(8000), PaymentStatus.ToInvoice), (toInvoiceAfterOne, statusAfterOne));
            Assert.Equal(Money.Gbp(0), (await cluster.Client.LedgerNow(space)).ToInvoiceTotal);
            Assert.Equal(PaymentStatus.Cancelled, (await payment.Get())!.Status);
            Assert.DoesNotContain(Gateway.Calls, c => c is RefundRequest r && r.PaymentId == series.Payment!.Id);
        }
        finally
        {
            Gateway.IsEnabled = true;
        }
    }
}
