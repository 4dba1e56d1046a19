using EstateCommons.Domain.Reporting;
using static EstateCommons.Domain.Tests.Spaces;

namespace EstateCommons.Domain.Tests.Reporting;

/// <summary>
/// A week worked out by hand, Monday 22 to Sunday 28 March 2027, when the clocks go forward at 01:00 on the Sunday.
/// The room is open 08:00–20:00 Monday to Saturday and all day Sunday, and closed on the Thursday, so it is open
/// 5 × 720 + 0 + 23 × 60 = 4,980 minutes. Confirmed bookings hold 120 (Monday, a charity) + 270 (Wednesday, a community
/// group) + 60 (Saturday 19:00–21:00, an NHS team, counted until closing) + 90 (Sunday 00:30–03:00 across the change,
/// a business) = 540 minutes: 10.8%. A licence holds Sunday 10:00–12:00, and a community group cancelled on Tuesday.
/// </summary>
public sealed class UsageCalculatorTests
{
    private static readonly SpaceTimetable Room = Timetable(
        Definition(
            openingHours: new OpeningHours(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToDictionary(
                d => d, IReadOnlyList<LocalWindow> (d) => [d == IsoDayOfWeek.Sunday ? Window("00:00", "24:00") : Window("08:00", "20:00")])),
            closures: [new Closure(Date("2027-03-25"), Date("2027-03-25"), "Deep clean")]),
        new Licence("advice", "org-advice", Date("2027-01-01"), Date("2027-12-31"), [new WeeklyHours(IsoDayOfWeek.Sunday, Window("10:00", "12:00"))], "Advice drop-in"));

    private static readonly Booking[] Week =
    [
        Held("2027-03-22T10:00", "2027-03-22T12:00", OrganisationKind.RegisteredCharity),
        Held("2027-03-23T14:00", "2027-03-23T15:00", OrganisationKind.CommunityGroup, BookingStatus.Cancelled),
        Held("2027-03-24T09:00", "2027-03-24T13:30", OrganisationKind.CommunityGroup),
        Held("2027-03-27T19:00", "2027-03-27T21:00", OrganisationKind.NhsTeam),
        Held("2027-03-28T00:30", "2027-03-28T03:00", OrganisationKind.Commercial),
    ];

    private static Booking Held(string start, string end, OrganisationKind kind, BookingStatus status = BookingStatus.Confirmed)
    {
        var interval = new Interval(InLondon(start), InLondon(end));
        return Requests.Existing(interval, status) with { OrganisationKind = kind, Price = HourlyPricing().PriceFor(interval.Duration, kind) };
    }

    private static UsageTotals TheWeek() =>
        UsageTotals.Of(Enumerable.Range(0, 7).Select(i => UsageCalculator.For(Room, Date("2027-03-22").PlusDays(i), Week)));

    [Fact]
    public void A_week_across_the_spring_clock_change_matches_the_hand_count_to_the_minute()
    {
        var week = TheWeek();

        Assert.Equal(4_980, week.AvailableMinutes);
        Assert.Equal(540, week.TotalBookedMinutes);
        Assert.Equal(10.8m, week.UtilisationPercent);
        Assert.Equal(120, week.LicensedMinutes);
        Assert.Equal(120, week.BookedMinutes[OrganisationKind.RegisteredCharity]);
        Assert.Equal(270, week.BookedMinutes[OrganisationKind.CommunityGroup]);
        Assert.Equal(60, week.BookedMinutes[OrganisationKind.NhsTeam]);
        Assert.Equal(90, week.BookedMinutes[OrganisationKind.Commercial]);
    }

    [Fact]
    public void The_sunday_the_clocks_go_forward_is_open_twenty_three_hours()
    {
        var sunday = UsageCalculator.For(Room, Date("2027-03-28"), Week);

        Assert.Equal(23 * 60, sunday.Usage.AvailableMinutes);
        Assert.Equal(90, sunday.Usage.TotalBookedMinutes);
    }

    [Fact]
    public void In_kind_value_is_the_full_rate_less_what_was_charged_and_cancellations_are_counted_apart()
    {
        var week = TheWeek();

        // £60 an hour: the charity's 2 hours are free (12,000p given); the community group's 4½ hours at half rate (13,500p given).
        Assert.Equal(12_000, week.InKindPence[OrganisationKind.RegisteredCharity]);
        Assert.Equal(13_500, week.InKindPence[OrganisationKind.CommunityGroup]);
        Assert.Equal(0, week.InKindPence.GetValueOrDefault(OrganisationKind.Commercial));
        Assert.Equal((4, 1), (week.Bookings, week.Cancellations));
        Assert.Equal(20.0m, week.CancellationPercent);
    }

    [Fact]
    public void The_heatmap_puts_each_booked_minute_in_its_local_weekday_and_hour()
    {
        var map = TheWeek().Heatmap;

        // Sunday 00:30-03:00 across the change: 30 minutes in hour 0, none in the skipped hour 1, 60 in hour 2.
        Assert.Equal((30, 0, 60), (map.At(IsoDayOfWeek.Sunday, 0), map.At(IsoDayOfWeek.Sunday, 1), map.At(IsoDayOfWeek.Sunday, 2)));
        Assert.Equal((60, 60), (map.At(IsoDayOfWeek.Monday, 10), map.At(IsoDayOfWeek.Monday, 11)));
        Assert.Equal(30, map.At(IsoDayOfWeek.Wednesday, 13));
        Assert.Equal(0, map.At(IsoDayOfWeek.Tuesday, 14));
        // Saturday 19:00-21:00 counts only until closing at 20:00, as booked minutes do.
        Assert.Equal((60, 0), (map.At(IsoDayOfWeek.Saturday, 19), map.At(IsoDayOfWeek.Saturday, 20)));
        Assert.Equal(540, map.TotalMinutes);
    }

    [Fact]
    public void A_no_show_still_counts_as_booked_time_and_feeds_the_no_show_rate()
    {
        var wednesday = Week[2];
        var noShow = wednesday.MarkNoShow("manager@example.nhs.uk", wednesday.Start + Duration.FromMinutes(20)).Updated!;
        var week = UsageTotals.Of(Enumerable.Range(0, 7).Select(i => UsageCalculator.For(Room, Date("2027-03-22").PlusDays(i), Week.Select(b => b == wednesday ? noShow : b))));

        Assert.Equal(540, week.TotalBookedMinutes);
        Assert.Equal((4, 1), (week.Bookings, week.NoShows));
        Assert.Equal(25.0m, week.NoShowPercent);
    }

    [Fact]
    public void A_booking_cannot_be_marked_a_no_show_before_it_starts_or_unless_confirmed()
    {
        var monday = Week[0];

        Assert.NotNull(monday.MarkNoShow("m", monday.Start - Duration.FromMinutes(1)).Problem);
        Assert.NotNull(Week[1].MarkNoShow("m", Week[1].End).Problem);
        Assert.Equal(BookingStatus.NoShow, monday.MarkNoShow("m", monday.Start).Updated!.Status);
    }

    [Fact]
    public void A_day_before_the_space_was_listed_had_nothing_open_to_book()
    {
        var before = UsageCalculator.For(Room, Date("2027-03-22"), Week, listed: false);

        Assert.Equal((0, 0), (before.Usage.AvailableMinutes, before.Usage.LicensedMinutes));
    }
}
