using NodaTime;

namespace EstateCommons.Benchmarks;

/// <summary>Days in one space that belong to one client alone, so its bookings never collide with another client's.</summary>
public sealed record Lane(string SpaceId, LocalDate FirstDay, LocalDate LastDay);

/// <summary>An hour in a space, in the site's local time, as a booking request names it.</summary>
public readonly record struct Slot(string SpaceId, LocalDateTime Start, LocalDateTime End);

public static class SlotPlan
{
    /// <summary>
    /// Shares the spaces and days between clients without overlap. With at least as many spaces as clients each
    /// client owns whole spaces (dealt round-robin); with more clients than spaces, a space's days are cut into
    /// consecutive stretches, one per client sharing it.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Lane>> Divide(IReadOnlyList<string> spaceIds, int clients, LocalDate first, LocalDate last)
    {
        var sharers = (clients + spaceIds.Count - 1) / spaceIds.Count;
        var days = Period.Between(first, last, PeriodUnits.Days).Days + 1;
        var stretch = days / sharers;
        var lanes = Enumerable.Range(0, clients).Select(_ => new List<Lane>()).ToList();
        for (var part = 0; part < sharers; part++)
        {
            for (var s = 0; s < spaceIds.Count; s++)
            {
                var laneIndex = s + part * spaceIds.Count;
                var from = first.PlusDays(part * stretch);
                lanes[laneIndex % clients].Add(new Lane(spaceIds[s], from, from.PlusDays(stretch - 1)));
            }
        }
        return lanes;
    }
}

/// <summary>One client's next free hours: consecutive hour-long slots in each of its lanes, taken in turn.</summary>
public sealed class ClientSlots(IReadOnlyList<Lane> lanes, DateTimeZone zone)
{
    private readonly LocalDateTime?[] _cursors = [.. lanes.Select(l => (LocalDateTime?)l.FirstDay.AtMidnight())];
    private int _turn;

    /// <summary>The next hour no one has asked for, or null once every lane is used up.</summary>
    public Slot? NextFree()
    {
        for (var tried = 0; tried < lanes.Count; tried++)
        {
            var lane = _turn++ % lanes.Count;
            if (Take(lane) is { } slot) return slot;
        }
        return null;
    }

    private Slot? Take(int lane)
    {
        while (_cursors[lane] is { } start)
        {
            var end = start.PlusHours(1);
            _cursors[lane] = end.Date > lanes[lane].LastDay ? null : end;
            // Hours the clocks skip or repeat (the spring and autumn changes) are not bookable as typed; step over them.
            if (zone.MapLocal(start).Count == 1 && zone.MapLocal(end).Count == 1) return new Slot(lanes[lane].SpaceId, start, end);
        }
        return null;
    }
}
