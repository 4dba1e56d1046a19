using NodaTime;

namespace EstateCommons.Domain.Calendar;

public static class IntervalExtensions
{
    /// <summary>Half-open overlap: a booking ending at 10:00 does not overlap one starting at 10:00.</summary>
    public static bool Overlaps(this Interval a, Interval b) => a.Start < b.End && b.Start < a.End;

    /// <summary>The interval grown by <paramref name="margin"/> at both ends, for turnaround buffers.</summary>
    public static Interval Widen(this Interval interval, Duration margin) =>
        new(interval.Start - margin, interval.End + margin);

    /// <summary>Every local date an interval touches in a zone (end exclusive).</summary>
    public static IEnumerable<LocalDate> LocalDates(this Interval interval, DateTimeZone zone)
    {
        var first = interval.Start.InZone(zone).Date;
        var last = (interval.End - Duration.Epsilon).InZone(zone).Date;
        for (var date = first; date <= last; date = date.PlusDays(1)) yield return date;
    }
}
