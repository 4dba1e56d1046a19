using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Reporting;
using EstateCommons.Domain.Spaces;

namespace EstateCommons.Reporting.Benchmarks;

/// <summary>
/// A pool of days of usage worked out by the real <see cref="UsageCalculator"/>: for each kind of space, each date of
/// the month and a few levels of demand, a day of synthetic bookings (back to back with gaps, by charities, community
/// groups, NHS teams and businesses, some cancelled and some no-shows). Every space in the estate takes its days from
/// the pool, so generating 170,000 space-months costs a few hundred calculations.
/// </summary>
public sealed class DayPatterns
{
    public const int Levels = 4;
    private static readonly SpaceRef PatternSpace = new("pattern-site", "pattern-space");
    private static readonly OrganisationKind[] Bookers =
        [OrganisationKind.RegisteredCharity, OrganisationKind.RegisteredCharity, OrganisationKind.CommunityGroup, OrganisationKind.CommunityGroup, OrganisationKind.NhsTeam, OrganisationKind.Commercial];

    private readonly SpaceDayUsage[,,] _days;

    private DayPatterns(SpaceDayUsage[,,] days) => _days = days;

    public int Count => _days.Length;

    public int SpaceKinds => _days.GetLength(0);

    public static DayPatterns For(IReadOnlyList<SpaceTimetable> timetables, YearMonth month)
    {
        var dates = month.ToDateInterval().ToList();
        var days = new SpaceDayUsage[timetables.Count, dates.Count, Levels];
        for (var t = 0; t < timetables.Count; t++)
        {
            for (var d = 0; d < dates.Count; d++)
            {
                for (var level = 0; level < Levels; level++)
                {
                    var random = new Random(HashCode.Combine(t, d, level, 17));
                    days[t, d, level] = UsageCalculator.For(timetables[t], dates[d], Bookings(timetables[t], dates[d], level, random));
                }
            }
        }
        return new DayPatterns(days);
    }

    /// <summary>A space's month: the kind of space it is, and on each date a level of demand drawn from its own seed.</summary>
    public IReadOnlyList<SpaceDayUsage> Month(int kind, int seed)
    {
        var random = new Random(seed);
        var month = new SpaceDayUsage[_days.GetLength(1)];
        for (var d = 0; d < month.Length; d++) month[d] = _days[kind, d, random.Next(Levels)];
        return month;
    }

    // Level 0 is a day nobody booked; each level up books more of the open hours.
    private static List<Booking> Bookings(SpaceTimetable timetable, LocalDate date, int level, Random random)
    {
        var bookings = new List<Booking>();
        if (level == 0) return bookings;
        foreach (var window in timetable.OpenBetween(date, date).Intervals)
        {
            var at = window.Start + Duration.FromMinutes(15 * random.Next(0, 12 / level));
            while (true)
            {
                var length = Duration.FromMinutes(30 * random.Next(1, 2 + 2 * level));
                if (at + length > window.End) break;
                bookings.Add(Booked(new Interval(at, at + length), Bookers[random.Next(Bookers.Length)], Status(random), timetable));
                at += length + Duration.FromMinutes(15 * random.Next(0, 16 / level));
            }
        }
        return bookings;
    }

    private static BookingStatus Status(Random random) => random.Next(100) switch
    {
        < 8 => BookingStatus.Cancelled,
        < 12 => BookingStatus.NoShow,
        _ => BookingStatus.Confirmed,
    };

    private static Booking Booked(Interval span, OrganisationKind kind, BookingStatus status, SpaceTimetable timetable) => new(
        BookingId.New(PatternSpace, Booking.PageOf(span.Start)), PatternSpace, $"org-{kind}", kind, "booker@example.org",
        span.Start, span.End, timetable.Zone.Id, 12, "Group meeting", status, timetable.Definition.Pricing.PriceFor(span.Duration, kind), null, span.Start);
}
