using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Reporting;
using EstateCommons.GrainInterfaces.Spaces;

namespace EstateCommons.Grains.Tests;

/// <summary>
/// The hand-counted week of Monday 22 to Sunday 28 March 2027 (the clocks go forward at 01:00 on the Sunday), booked
/// through a real space grain and read back from the site's roll-up. The room is open 08:00–20:00 Monday to Saturday
/// and all day Sunday, closed on the Thursday: 5 × 720 + 23 × 60 = 4,980 minutes. Confirmed bookings hold 120 + 270 +
/// 60 (Saturday 19:00–20:00) + 90 (Sunday 00:30–03:00 across the change) = 540 minutes: 10.8%.
/// The week is months ahead of the test clock, beyond the days reported in advance, so it also shows that a month
/// becomes whole in the roll-up as soon as something is booked in it.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClockChangeUsageTests(TwoSiloCluster cluster)
{
    [Fact]
    public async Task A_week_across_the_spring_clock_change_rolls_up_to_the_hand_count_to_the_minute()
    {
        var site = "site-" + Guid.NewGuid().ToString("N")[..8];
        var space = cluster.Client.GetGrain<ISpaceGrain>(new SpaceRef(site, "hall").Key);
        await space.Define(Hall(), new SiteContext("trust-a", "Europe/London", Estate.SiteName));
        Assert.True((await space.PutLicence(new Licence("advice", "org-advice", new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31),
            [new WeeklyHours(IsoDayOfWeek.Sunday, new LocalWindow(new LocalTime(10, 0), new LocalTime(12, 0)))], "Advice drop-in"))).Saved);

        await Book(space, OrganisationKind.RegisteredCharity, "2027-03-22T10:00", "2027-03-22T12:00");
        var cancelled = await Book(space, OrganisationKind.CommunityGroup, "2027-03-23T14:00", "2027-03-23T15:00");
        await space.Cancel(cancelled.Id, CancelScope.ThisOccurrence, "member@carers.example", byManager: false);
        await Book(space, OrganisationKind.CommunityGroup, "2027-03-24T09:00", "2027-03-24T13:30");
        await Book(space, OrganisationKind.NhsTeam, "2027-03-27T19:00", "2027-03-27T20:00");
        await Book(space, OrganisationKind.Commercial, "2027-03-28T00:30", "2027-03-28T03:00");

        var slice = await cluster.Client.GetGrain<ISiteUsageGrain>(new SiteMonth(site, new YearMonth(2027, 3)).Key)
            .Slice(new LocalDate(2027, 3, 22), new LocalDate(2027, 3, 28), null, withSpaceTotals: false);
        var week = Domain.Reporting.UsageTotals.Of(slice.Days);

        Assert.Equal(7, slice.Days.Count);
        Assert.Equal((4_980L, 540L, 10.8m), (week.AvailableMinutes, week.TotalBookedMinutes, week.UtilisationPercent));
        Assert.Equal(120, week.LicensedMinutes);
        Assert.Equal((4, 1), (week.Bookings, week.Cancellations));
        // £60 an hour: the charity's 2 hours free (£120 given), the community group's 4½ hours at half rate (£135 given).
        Assert.Equal(12_000 + 13_500, week.TotalInKindPence);
        // The rest of March is in the roll-up too, open with nothing booked: 24 more days, three of them Sundays open all day.
        var march = Domain.Reporting.UsageTotals.Of((await cluster.Client.GetGrain<ISiteUsageGrain>(new SiteMonth(site, new YearMonth(2027, 3)).Key)
            .Slice(new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 31), null, withSpaceTotals: false)).Days);
        Assert.Equal(4_980 + 21 * 720 + 3 * 24 * 60, march.AvailableMinutes);
    }

    private async Task<Booking> Book(ISpaceGrain space, OrganisationKind kind, string start, string end)
    {
        var organisation = await Estate.NewOrganisation(cluster.Client, kind);
        var outcome = await space.Book(Estate.Request(organisation, start, end, kind: kind), Estate.Hold);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Failures.Select(f => f.ToString())));
        if (outcome.Payment is { } payment)
        {
            await cluster.Client.Pay(payment);
        }
        var booking = (await space.GetBooking(outcome.Booked[0].Id))!;
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        return booking;
    }

    private static SpaceDefinition Hall()
    {
        var days = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None);
        return Estate.Space() with
        {
            OpeningHours = new OpeningHours(days.ToDictionary(d => d, IReadOnlyList<LocalWindow> (d) =>
                [d == IsoDayOfWeek.Sunday ? Window("00:00", "24:00") : Window("08:00", "20:00")])),
            Closures = [new Closure(new LocalDate(2027, 3, 25), new LocalDate(2027, 3, 25), "Deep clean")],
            Pricing = new Pricing(6000, Money.PoundSterling, new Dictionary<OrganisationKind, int>
            {
                [OrganisationKind.RegisteredCharity] = 100,
                [OrganisationKind.CommunityGroup] = 50,
            }),
        };
    }

    private static LocalWindow Window(string from, string to)
    {
        LocalClock.TryParseTime(from, out var start);
        LocalClock.TryParseTime(to, out var end);
        return new LocalWindow(start, end);
    }
}
