using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Organisations;
using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Payments;
using EstateCommons.Payments.Testing;

namespace EstateCommons.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class RoomHirePaymentTests(TwoSiloCluster cluster)
{
    private static RecordingPaymentGateway Gateway => TwoSiloCluster.Payments;

    [Fact]
    public async Task A_paid_series_is_held_on_one_checkout_and_confirmed_when_the_checkout_is_paid()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var hirer = await Estate.NewOrganisation(cluster.Client, OrganisationKind.Commercial);

        var outcome = await space.Book(Estate.Request(hirer, "2027-03-16T10:00", "2027-03-16T12:00", RoomHire.Weekly(6), OrganisationKind.Commercial), Estate.Hold);

        Assert.Equal(Enumerable.Repeat(BookingStatus.PendingPayment, 6), outcome.Booked.Select(b => b.Status));
        var payment = outcome.Payment!;
        Assert.Equal(PaymentStatus.Open, payment.Status);
        Assert.All(outcome.Booked, b => Assert.Equal((payment.Id, RoomHire.Now + Estate.Hold), (b.PaymentId!, b.HoldUntil!.Value)));
        var checkout = Gateway.Checkouts.Single(c => c.PaymentId == payment.Id);
        Assert.Equal(Money.Gbp(6 * 2 * Estate.HourlyRate.MinorUnits), checkout.Amount);
        Assert.Equal("Test room, Northfield General — Tue 16 Mar 2027 10:00–12:00 (and 5 more weekly)", checkout.Description);
        Assert.Equal("member@carers.example", checkout.PayerEmail);
        Assert.Equal($"https://checkout.test/pay/{payment.Id}", payment.CheckoutUrl);
        Assert.True((await space.Book(Estate.Request(hirer, "2027-03-23T11:00", "2027-03-23T11:30"), Estate.Hold)).OnlyClashes);

        Assert.True(await cluster.Client.Pay(payment));

        Assert.Equal(Enumerable.Repeat(BookingStatus.Confirmed, 6), await space.Statuses(outcome.Booked));
    }

    [Fact]
    public async Task The_same_paid_notification_three_times_confirms_once_and_records_one_payment()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var hirer = await Estate.NewOrganisation(cluster.Client, OrganisationKind.Commercial);
        var outcome = await space.Book(Estate.Request(hirer, "2027-04-06T09:00", "2027-04-06T10:30", kind: OrganisationKind.Commercial), Estate.Hold);
        var paid = ProviderEvents.CheckoutPaid(outcome.Payment!, "evt-repeated", RoomHire.Now);

        var applied = new List<bool>();
        for (var i = 0; i < 3; i++) applied.Add(await cluster.Client.PaymentOf(outcome.Payment!).Apply(paid));

        Assert.Equal([true, false, false], applied);
        var booking = (await space.GetBooking(outcome.Booked[0].Id))!;
        Assert.Equal((BookingStatus.Confirmed, "Paid"), (booking.Status, booking.StatusNote));
        var line = Assert.Single((await cluster.Client.LedgerNow(space)).Payments);
        Assert.Equal(Money.Gbp(6000), line.Amount);
    }

    [Fact]
    public async Task An_unpaid_hold_is_released_by_itself_when_its_time_runs_out_and_the_time_can_be_booked_again()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var hirer = await Estate.NewOrganisation(cluster.Client, OrganisationKind.Commercial);
        var held = (await space.Book(Estate.Request(hirer, "2027-05-11T14:00", "2027-05-11T16:00", kind: OrganisationKind.Commercial), Duration.FromSeconds(3))).Booked.Single();

        TwoSiloCluster.Clock.Advance(Duration.FromSeconds(5));

        // Read the calendar page from disk: asking the space would not show whether the reminder did it.
        await StoredRecords.WaitFor(cluster, "space", held.Id, "\"status\":\"PaymentExpired\"", TimeSpan.FromSeconds(60));
        Assert.Equal(BookingStatus.PaymentExpired, (await space.GetBooking(held.Id))!.Status);
        Assert.Equal(PaymentStatus.Expired, (await cluster.Client.GetGrain<IPaymentGrain>(held.PaymentId!).Get())!.Status);
        Assert.Contains(RecordingPaymentGateway.CheckoutIdFor(held.PaymentId!), Gateway.ExpiredCheckouts);
        var charity = await Estate.NewOrganisation(cluster.Client);
        Assert.True((await space.Book(Estate.Request(charity, "2027-05-11T14:00", "2027-05-11T16:00"), Estate.Hold)).Succeeded);
    }

    [Fact]
    public async Task Paid_after_the_hold_ran_out_is_kept_while_the_time_is_free_and_refunded_once_someone_else_has_it()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var hirer = await Estate.NewOrganisation(cluster.Client, OrganisationKind.Commercial);
        var kept = await space.Book(Estate.Request(hirer, "2027-06-01T10:00", "2027-06-01T11:00", kind: OrganisationKind.Commercial), Estate.Hold);
        var lost = await space.Book(Estate.Request(hirer, "2027-06-02T10:00", "2027-06-02T11:00", kind: OrganisationKind.Commercial), Estate.Hold);
        foreach (var outcome in new[] { kept, lost })
        {
            await cluster.Client.PaymentOf(outcome.Payment!).Apply(ProviderEvents.CheckoutExpired(outcome.Payment!, "evt-expired-" + outcome.Payment!.Id, RoomHire.Now));
        }
        var charity = await Estate.NewOrganisation(cluster.Client);
        Assert.True((await space.Book(Estate.Request(charity, "2027-06-02T10:30", "2027-06-02T12:00"), Estate.Hold)).Succeeded);

        await cluster.Client.Pay(kept.Payment!);
        await cluster.Client.Pay(lost.Payment!);

        Assert.Equal([BookingStatus.Confirmed], await space.Statuses(kept.Booked));
        Assert.Equal([BookingStatus.PaymentExpired], await space.Statuses(lost.Booked));
        Assert.DoesNotContain(Gateway.Refunds, r => r.PaymentId == kept.Payment!.Id);
        var refund = Assert.Single(Gateway.Refunds, r => r.PaymentId == lost.Payment!.Id);
        Assert.Equal((Money.Gbp(4000), $"{lost.Payment!.Id}:refund:paid-after-release"), (refund.Amount, refund.IdempotencyKey));
    }

    [Fact]
    public async Task A_full_concession_never_reaches_the_payment_provider()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var charity = await Estate.NewOrganisation(cluster.Client);
        var callsBefore = Gateway.Calls.Count;

        var outcome = await space.Book(Estate.Request(charity, "2027-03-16T10:00", "2027-03-16T12:00", RoomHire.Weekly(4)), Estate.Hold);

        Assert.Equal(Enumerable.Repeat(BookingStatus.Confirmed, 4), outcome.Booked.Select(b => b.Status));
        Assert.All(outcome.Booked, b => Assert.Null(b.PaymentId));
        Assert.Null(outcome.Payment);
        Assert.Equal(callsBefore, Gateway.Calls.Count);
    }

    [Fact]
    public async Task With_payments_off_a_chargeable_booking_is_confirmed_and_listed_to_invoice()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var hirer = await Estate.NewOrganisation(cluster.Client, OrganisationKind.Commercial);
        var callsBefore = Gateway.Calls.Count;
        Gateway.IsEnabled = false;
        try
        {
            var outcome = await space.Book(Estate.Request(hirer, "2027-07-06T18:00", "2027-07-06T20:00", RoomHire.Weekly(2), OrganisationKind.Commercial), Estate.Hold);

            Assert.Equal([BookingStatus.Confirmed, BookingStatus.Confirmed], outcome.Booked.Select(b => b.Status));
            Assert.Equal(PaymentStatus.ToInvoice, outcome.Payment!.Status);
            Assert.All(outcome.Booked, b => Assert.Equal((outcome.Payment.Id, (Instant?)null), (b.PaymentId!, b.HoldUntil)));
            var line = Assert.Single((await cluster.Client.LedgerNow(space)).ToInvoice);
            Assert.Equal((Money.Gbp(16000), outcome.Payment.Id), (line.Amount, line.PaymentId));
            Assert.Equal(callsBefore, Gateway.Calls.Count);
        }
        finally
        {
            Gateway.IsEnabled = true;
        }
    }

    [Fact]
    public async Task When_the_provider_cannot_be_reached_nothing_is_booked_or_held()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var hirer = await Estate.NewOrganisation(cluster.Client, OrganisationKind.Commercial);
        var request = Estate.Request(hirer, "2027-08-03T10:00", "2027-08-03T12:00", kind: OrganisationKind.Commercial);
        var checkoutsBefore = Gateway.Checkouts.Count;
        Gateway.Unreachable = true;
        BookingOutcome failed;
        try
        {
            failed = await space.Book(request, Estate.Hold);
        }
        finally
        {
            Gateway.Unreachable = false;
        }

        Assert.True(failed.PaymentUnavailable);
        Assert.Empty(failed.Booked);
        var attempted = Gateway.Checkouts.Skip(checkoutsBefore).Single();
        Assert.Equal(PaymentStatus.Cancelled, (await cluster.Client.GetGrain<IPaymentGrain>(attempted.PaymentId).Get())!.Status);
        Assert.True((await space.Book(request, Estate.Hold)).Succeeded);
    }
}
