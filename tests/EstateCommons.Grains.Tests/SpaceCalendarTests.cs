using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.GrainInterfaces.Organisations;
using EstateCommons.GrainInterfaces.Spaces;

namespace EstateCommons.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SpaceCalendarTests(TwoSiloCluster cluster)
{
    [Fact]
    public async Task A_weekly_series_with_one_clashing_occurrence_books_nothing_and_names_that_occurrence()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var organisation = await Estate.NewOrganisation(cluster.Client);
        Assert.True((await space.Book(Estate.Request(organisation, "2027-02-16T10:30", "2027-02-16T11:30"), Estate.Hold)).Succeeded);

        var series = await space.Book(Estate.Request(organisation, "2027-02-02T10:00", "2027-02-02T12:00", new Recurrence(RecurrenceFrequency.Weekly, 4, null)), Estate.Hold);

        Assert.False(series.Succeeded);
        Assert.True(series.OnlyClashes);
        var failure = Assert.Single(series.Failures);
        Assert.Equal(new LocalDateTime(2027, 2, 16, 10, 0), failure.Start);
        var held = await space.BookingsBetween(new Interval(Instant.FromUtc(2027, 2, 1, 0, 0), Instant.FromUtc(2027, 3, 1, 0, 0)));
        Assert.Single(held);
    }

    [Fact]
    public async Task Cancelling_this_and_following_frees_the_rest_of_a_series_but_not_earlier_occurrences()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var organisation = await Estate.NewOrganisation(cluster.Client);
        var series = await space.Book(Estate.Request(organisation, "2027-01-05T10:00", "2027-01-05T11:00", new Recurrence(RecurrenceFrequency.Weekly, 8, null)), Estate.Hold);
        Assert.Equal(8, series.Booked.Count);
        // Each week is on its own daily calendar page, so cancelling reaches across pages.
        Assert.Equal(8, series.Booked.Select(b => b.Page).Distinct().Count());

        var cancelOne = await space.Cancel(series.Booked[1].Id, CancelScope.ThisOccurrence, "member@carers.example", byManager: false);
        var cancelRest = await space.Cancel(series.Booked[4].Id, CancelScope.ThisAndFollowing, "member@carers.example", byManager: false);

        Assert.Single(cancelOne.Changed);
        Assert.Equal(4, cancelRest.Changed.Count);
        var statuses = await Task.WhenAll(series.Booked.Select(b => space.GetBooking(b.Id)));
        Assert.Equal(
            [BookingStatus.Confirmed, BookingStatus.Cancelled, BookingStatus.Confirmed, BookingStatus.Confirmed,
             BookingStatus.Cancelled, BookingStatus.Cancelled, BookingStatus.Cancelled, BookingStatus.Cancelled],
            statuses.Select(b => b!.Status));
        Assert.True((await space.Book(Estate.Request(organisation, "2027-02-09T10:00", "2027-02-09T11:00"), Estate.Hold)).Succeeded);
    }

    [Fact]
    public async Task A_booking_pending_approval_holds_its_time_until_rejected()
    {
        var space = await Estate.NewSpace(cluster.Client, approvalRequired: true);
        var organisation = await Estate.NewOrganisation(cluster.Client);
        var pending = (await space.Book(Estate.Request(organisation, "2027-03-02T18:00", "2027-03-02T20:00"), Estate.Hold)).Booked.Single();
        Assert.Equal(BookingStatus.PendingApproval, pending.Status);

        Assert.True((await space.Book(Estate.Request(organisation, "2027-03-02T19:00", "2027-03-02T21:00"), Estate.Hold)).OnlyClashes);
        var rejected = await space.Reject(pending.Id, "manager@trust.example", "The hall is being decorated");
        Assert.Equal("The hall is being decorated", rejected.Changed.Single().StatusNote);
        Assert.True((await space.Book(Estate.Request(organisation, "2027-03-02T19:00", "2027-03-02T21:00"), Estate.Hold)).Succeeded);
        Assert.NotNull((await space.Approve(pending.Id, "manager@trust.example")).Problem);
    }

    [Fact]
    public async Task Licensed_hours_refuse_bookings_and_a_licence_is_refused_over_existing_bookings()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var organisation = await Estate.NewOrganisation(cluster.Client);
        var advice = await Estate.NewOrganisation(cluster.Client);
        var tuesdays = new Licence("advice", advice, new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31),
            [new WeeklyHours(IsoDayOfWeek.Tuesday, new LocalWindow(new LocalTime(9, 0), new LocalTime(17, 0)))], "Benefits advice");
        Assert.True((await space.PutLicence(tuesdays)).Saved);

        var onTuesday = await space.Book(Estate.Request(organisation, "2027-04-06T10:00", "2027-04-06T11:00"), Estate.Hold);
        var onWednesday = await space.Book(Estate.Request(organisation, "2027-04-07T10:00", "2027-04-07T11:00"), Estate.Hold);
        var tuesdayEvening = await space.Book(Estate.Request(organisation, "2027-04-06T17:00", "2027-04-06T18:00"), Estate.Hold);

        Assert.Equal("licence", onTuesday.Failures.Single().Clashes.Single().HeldBy);
        Assert.True(onWednesday.Succeeded);
        Assert.True(tuesdayEvening.Succeeded);
        var wednesdays = tuesdays with { Id = "clinic", Weekly = [new WeeklyHours(IsoDayOfWeek.Wednesday, new LocalWindow(new LocalTime(9, 0), new LocalTime(12, 0)))] };
        var refused = await space.PutLicence(wednesdays);
        Assert.False(refused.Saved);
        Assert.Equal("booking", refused.Clashes.Single().HeldBy);
    }

    [Fact]
    public async Task Bookings_survive_deactivation_and_are_found_for_their_organisation()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var organisation = await Estate.NewOrganisation(cluster.Client);
        var booked = (await space.Book(Estate.Request(organisation, "2027-05-04T09:00", "2027-05-04T10:30"), Estate.Hold)).Booked.Single();

        await cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var reloaded = await cluster.Client.GetGrain<ISpaceGrain>(space.GetPrimaryKeyString()).GetBooking(booked.Id);
        Assert.Equal(booked, reloaded);
        var spaces = await cluster.Client.GetGrain<IOrganisationGrain>(organisation).SpacesUsed();
        var found = await cluster.Client.GetGrain<ISpaceGrain>(spaces.Single().Key).BookingsOf(organisation, new Interval(Instant.FromUtc(2027, 5, 1, 0, 0), Instant.FromUtc(2027, 6, 1, 0, 0)));
        Assert.Equal(booked.Id, found.Single().Id);
    }
}
