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
    public static SpaceDayUsage For(SpaceTimetable timetable, LocalDate date, IEnumerable<Booking> bookings)
    {
        var zone = timetable.Zone;
        var day = new Interval(zone.AtStartOfDay(date).ToInstant(), zone.AtStartOfDay(date.PlusDays(1)).ToInstant());
        var open = timetable.OpenBetween(date, date).Intervals.Select(i => Clip(i, day)).OfType<Interval>().ToList();
        var available = open.Sum(i => Minutes(i.Duration));

        var booked = new Dictionary<OrganisationKind, long>();
        var inKind = new Dictionary<OrganisationKind, long>();
        var started = 0;
        var cancelled = 0;
        foreach (var booking in bookings)
        {
            var startsToday = day.Contains(booking.Start);
            if (startsToday && booking.Status == BookingStatus.Cancelled) cancelled++;
            if (booking.Status != BookingStatus.Confirmed) continue;
            if (startsToday)
            {
                started++;
                inKind[booking.OrganisationKind] = inKind.GetValueOrDefault(booking.OrganisationKind) + booking.Price.InKind.MinorUnits;
            }
            var minutes = open.Sum(window => Clip(booking.Interval, window) is { } part ? Minutes(part.Duration) : 0);
            if (minutes > 0) booked[booking.OrganisationKind] = booked.GetValueOrDefault(booking.OrganisationKind) + minutes;
        }
        var licensed = timetable.Licences
            .SelectMany(l => l.HeldBetween(date, date, zone))
            .Sum(held => Clip(held, day) is { } part ? Minutes(part.Duration) : 0);
        return new SpaceDayUsage(date, new UsageTotals(available, booked, licensed, inKind, started, cancelled));
    }

    /// <summary>Minutes booked per local weekday and hour (0–23) over the days given, for a weekday × hour heatmap.</summary>
    public static long[,] Heatmap(IEnumerable<Booking> bookings, DateTimeZone zone)
    {
        var cells = new long[7, 24];
        foreach (var booking in bookings.Where(b => b.Status == BookingStatus.Confirmed))
        {
            // Walk the booking hour by local hour: each piece runs to the next local hour boundary or the booking's end.
            var at = booking.Start;
            while (at < booking.End)
            {
                var local = at.InZone(zone);
                var nextHour = zone.AtLeniently(local.Date.At(new LocalTime(local.Hour, 0)).PlusHours(1)).ToInstant();
                var end = Instant.Min(booking.End, nextHour > at ? nextHour : at + Duration.FromHours(1));
                cells[(int)local.DayOfWeek - 1, local.Hour] += Minutes(end - at);
                at = end;
            }
        }
        return cells;
    }

    private static Interval? Clip(Interval interval, Interval within)
    {
        var start = Instant.Max(interval.Start, within.Start);
        var end = Instant.Min(interval.End, within.End);
        return start < end ? new Interval(start, end) : null;
    }

    private static long Minutes(Duration duration) => (long)Math.Round(duration.TotalMinutes);
}
