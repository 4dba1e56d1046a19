using EstateCommons.Domain.Calendar;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>What one hour slot of the grid is: free to book, open but taken, or outside the space's opening hours.</summary>
public enum SlotState
{
    Free,
    Booked,
    Closed,
}

/// <summary>
/// A space's time cut into hour slots for the day and week grids, from the earliest hour it opens to the latest it
/// closes on the days shown: a slot is free only when one free interval covers all of it, closed when the opening hours
/// do not, and otherwise booked.
/// </summary>
public sealed record AvailabilityGrid(IReadOnlyList<LocalDate> Days, IReadOnlyList<LocalTime> Slots, IReadOnlyDictionary<(LocalDate, LocalTime), SlotState> States)
{
    public static readonly Period SlotLength = Period.FromHours(1);

    public bool IsFree(LocalDate day, LocalTime slot) => State(day, slot) == SlotState.Free;

    public SlotState State(LocalDate day, LocalTime slot) => States.GetValueOrDefault((day, slot), SlotState.Closed);

    /// <summary>Closed on every day shown, so there is no slot to show.</summary>
    public bool IsClosed => Slots.Count == 0;

    public static AvailabilityGrid Of(IReadOnlyList<LocalDate> days, IReadOnlyList<Interval> free, OpeningHours hours, DateTimeZone zone)
    {
        var windows = days.SelectMany(d => hours.On(d.DayOfWeek)).ToList();
        var slots = windows.Count == 0
            ? []
            : Enumerable.Range(windows.Min(w => w.Start.Hour), windows.Max(LastHour) - windows.Min(w => w.Start.Hour)).Select(h => new LocalTime(h, 0)).ToList();
        var states = new Dictionary<(LocalDate, LocalTime), SlotState>();
        foreach (var day in days)
        {
            var open = hours.On(day.DayOfWeek).Select(w => w.On(day, zone)).ToList();
            foreach (var slot in slots)
            {
                var span = new Interval(zone.AtLeniently(day + slot).ToInstant(), zone.AtLeniently(day + slot + SlotLength).ToInstant());
                states[(day, slot)] = !Covers(open, span) ? SlotState.Closed : Covers(free, span) ? SlotState.Free : SlotState.Booked;
            }
        }
        return new AvailabilityGrid(days, slots, states);
    }

    public static string Query(LocalDate date) => LocalClock.Format(date);

    // The hour the last slot ends: a window closing at 17:30 still shows the 17:00 slot (as closed, since it is not open for all of it).
    private static int LastHour(LocalWindow window) =>
        window.EndsAtEndOfDay ? 24 : window.End.Hour + (window.End.Minute > 0 || window.End.Second > 0 ? 1 : 0);

    private static bool Covers(IEnumerable<Interval> intervals, Interval span) => intervals.Any(i => i.Start <= span.Start && i.End >= span.End);
}
