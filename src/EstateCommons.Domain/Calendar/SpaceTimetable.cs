using EstateCommons.Domain.Spaces;
using NodaTime;

namespace EstateCommons.Domain.Calendar;

/// <summary>
/// A space's standing arrangements turned into instants: when it is open (opening hours less closures)
/// and when licences hold it, in the site's zone.
/// </summary>
public sealed class SpaceTimetable(SpaceDefinition definition, DateTimeZone zone, IReadOnlyList<Licence> licences)
{
    public SpaceDefinition Definition => definition;

    public DateTimeZone Zone => zone;

    public IReadOnlyList<Licence> Licences => licences;

    public Closure? ClosureOn(LocalDate date) => definition.Closures.FirstOrDefault(c => c.Covers(date));

    /// <summary>
    /// Open instants over the local dates given. Windows of adjacent days join up, so a space open
    /// 00:00–24:00 every day is one unbroken interval and a booking may run past midnight.
    /// </summary>
    public IntervalSet OpenBetween(LocalDate first, LocalDate last)
    {
        var open = new IntervalSet();
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            if (ClosureOn(date) is not null) continue;
            foreach (var window in definition.OpeningHours.On(date.DayOfWeek)) open.Add(window.On(date, zone));
        }
        return open;
    }

    /// <summary>Whether the space is open for the whole span: within opening hours, on no closed day.</summary>
    public bool IsOpenThroughout(Interval span)
    {
        var dates = span.LocalDates(zone).ToList();
        return OpenBetween(dates[0].PlusDays(-1), dates[^1]).Contains(span);
    }

    /// <summary>Licensed spans that come within the buffer of <paramref name="interval"/>.</summary>
    public IEnumerable<Interval> LicencesNear(Interval interval)
    {
        var widened = interval.Widen(definition.Rules.Buffer);
        var first = widened.Start.InZone(zone).Date.PlusDays(-1);
        var last = widened.End.InZone(zone).Date;
        return licences.SelectMany(l => l.HeldBetween(first, last, zone)).Where(held => held.Overlaps(widened));
    }

    /// <summary>
    /// Free time between two local dates (inclusive): open, not licensed, and clear of every
    /// time-holding booking by the turnaround buffer.
    /// </summary>
    public IReadOnlyList<Interval> FreeBetween(LocalDate first, LocalDate last, IEnumerable<Interval> heldByBookings)
    {
        var free = OpenBetween(first, last);
        var buffer = definition.Rules.Buffer;
        foreach (var licence in licences)
        {
            foreach (var held in licence.HeldBetween(first.PlusDays(-1), last.PlusDays(1), zone)) free.Remove(held.Widen(buffer));
        }
        foreach (var held in heldByBookings) free.Remove(held.Widen(buffer));
        return free.Intervals;
    }
}
