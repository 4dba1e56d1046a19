using EstateCommons.Domain.Calendar;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>
/// A space's free time cut into hour slots across the day (7am to 10pm), for the day and week grids: a slot is free
/// only when one free interval covers all of it.
/// </summary>
public sealed record AvailabilityGrid(IReadOnlyList<LocalDate> Days, IReadOnlyList<LocalTime> Slots, IReadOnlySet<(LocalDate, LocalTime)> FreeSlots)
{
    private const int FirstHour = 7;
    private const int LastHour = 22;

    public static readonly Period SlotLength = Period.FromHours(1);

    public bool IsFree(LocalDate day, LocalTime slot) => FreeSlots.Contains((day, slot));

    public static AvailabilityGrid Of(IReadOnlyList<LocalDate> days, IReadOnlyList<Interval> free, DateTimeZone zone)
    {
        var slots = Enumerable.Range(FirstHour, LastHour - FirstHour).Select(h => new LocalTime(h, 0)).ToList();
        var freeSlots = new HashSet<(LocalDate, LocalTime)>();
        foreach (var day in days)
        {
            foreach (var slot in slots)
            {
                var span = new Interval(zone.AtLeniently(day + slot).ToInstant(), zone.AtLeniently(day + slot + SlotLength).ToInstant());
                if (free.Any(i => i.Start <= span.Start && i.End >= span.End)) freeSlots.Add((day, slot));
            }
        }
        return new AvailabilityGrid(days, slots, freeSlots);
    }

    public static string Query(LocalDate date) => LocalClock.Format(date);
}
