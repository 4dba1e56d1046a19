using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Organisations;
using NodaTime;

namespace EstateCommons.Domain.Reporting;

/// <summary>
/// Works out a space's usage for a local day from its timetable and the bookings touching that day. Booked time counts
/// only where the space was open, so utilisation never passes 100%; a booking running past midnight counts on each day
/// for the part that falls in it. A booking belongs to the day it starts on for counts and in-kind value.
/// </summary>
public static class UsageCalculator
{
    public static SpaceDayUsage For(SpaceTimetable timetable, LocalDate date, IEnumerable<Booking> bookings) =>
        For(timetable, date, bookings, listed: true);

    /// <summary>
    /// As <see cref="For(SpaceTimetable, LocalDate, IEnumerable{Booking})"/>; a day when the space was not
    /// <paramref name="listed"/> (before it was first offered) had no time open to book.
    /// </summary>
    public static SpaceDayUsage For(SpaceTimetable timetable, LocalDate date, IEnumerable<Booking> bookings, bool listed)
    {
        var zone = timetable.Zone;
        var day = new Interval(zone.AtStartOfDay(date).ToInstant(), zone.AtStartOfDay(date.PlusDays(1)).ToInstant());
        var open = listed ? timetable.OpenBetween(date, date).Intervals.Select(i => Clip(i, day)).OfType<Interval>().ToList() : [];
        var available = open.Sum(i => Minutes(i.Duration));

        var booked = new Dictionary<OrganisationKind, long>();
        var inKind = new Dictionary<OrganisationKind, long>();
        var bookedSpans = new List<Interval>();
        int started = 0, cancelled = 0, noShows = 0;
        foreach (var booking in bookings)
        {
            var startsToday = day.Contains(booking.Start);
            if (startsToday && booking.Status == BookingStatus.Cancelled) cancelled++;
            if (!booking.CountsAsBooked) continue;
            if (startsToday)
            {
                started++;
                if (booking.Status == BookingStatus.NoShow) noShows++;
                inKind[booking.OrganisationKind] = inKind.GetValueOrDefault(booking.OrganisationKind) + booking.Price.InKind.MinorUnits;
            }
            var parts = open.Select(window => Clip(booking.Interval, window)).OfType<Interval>().ToList();
            var minutes = parts.Sum(part => Minutes(part.Duration));
            if (minutes == 0) continue;
            booked[booking.OrganisationKind] = booked.GetValueOrDefault(booking.OrganisationKind) + minutes;
            bookedSpans.AddRange(parts);
        }
        var licensed = listed
            ? timetable.Licences.SelectMany(l => l.HeldBetween(date, date, zone)).Sum(held => Clip(held, day) is { } part ? Minutes(part.Duration) : 0)
            : 0;
        return new SpaceDayUsage(date, new UsageTotals(available, booked, licensed, inKind, started, cancelled, noShows, BookingHeatmap.Of(bookedSpans, zone)));
    }

    internal static long Minutes(Duration duration) => (long)Math.Round(duration.TotalMinutes);

    private static Interval? Clip(Interval interval, Interval within)
    {
        var start = Instant.Max(interval.Start, within.Start);
        var end = Instant.Min(interval.End, within.End);
        return start < end ? new Interval(start, end) : null;
    }
}
