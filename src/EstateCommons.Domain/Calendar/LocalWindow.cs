using NodaTime;

namespace EstateCommons.Domain.Calendar;

/// <summary>
/// A span of local clock time within one day, such as opening hours 08:00–20:00 or licensed hours.
/// An <see cref="End"/> of midnight means the end of the day ("24:00"), so 00:00–24:00 is the whole day.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct LocalWindow(LocalTime Start, LocalTime End)
{
    public bool EndsAtEndOfDay => End == LocalTime.Midnight;

    public bool IsValid => EndsAtEndOfDay || End > Start;

    /// <summary>
    /// The instants this window covers on a date. Opening hours and licences are standing arrangements,
    /// so a boundary that falls in a clock change is mapped leniently (a gap moves to its end).
    /// </summary>
    public Interval On(LocalDate date, DateTimeZone zone)
    {
        var start = zone.AtLeniently(date.At(Start)).ToInstant();
        var end = EndsAtEndOfDay
            ? zone.AtStartOfDay(date.PlusDays(1)).ToInstant()
            : zone.AtLeniently(date.At(End)).ToInstant();
        return new Interval(start, end);
    }

    public override string ToString() => $"{LocalClock.Format(Start)}–{(EndsAtEndOfDay ? "24:00" : LocalClock.Format(End))}";
}
