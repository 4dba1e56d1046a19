using NodaTime;

namespace EstateCommons.Domain.Calendar;

/// <summary>
/// A set of instants kept as sorted, disjoint, half-open intervals, with union and subtraction.
/// Written by hand because NodaTime's <see cref="Interval"/> has no set operations and no available
/// library offers them for NodaTime types; it is small and covered by property tests.
/// </summary>
public sealed class IntervalSet
{
    private readonly List<Interval> _intervals = [];

    public IReadOnlyList<Interval> Intervals => _intervals;

    public void Add(Interval interval)
    {
        if (interval.Start >= interval.End) return;
        var start = interval.Start;
        var end = interval.End;
        var index = 0;
        while (index < _intervals.Count && _intervals[index].End < start) index++;
        while (index < _intervals.Count && _intervals[index].Start <= end)
        {
            start = Instant.Min(start, _intervals[index].Start);
            end = Instant.Max(end, _intervals[index].End);
            _intervals.RemoveAt(index);
        }
        _intervals.Insert(index, new Interval(start, end));
    }

    public void Remove(Interval interval)
    {
        if (interval.Start >= interval.End) return;
        for (var i = 0; i < _intervals.Count; i++)
        {
            var current = _intervals[i];
            if (current.End <= interval.Start || current.Start >= interval.End) continue;
            _intervals.RemoveAt(i);
            var inserted = 0;
            if (current.Start < interval.Start) _intervals.Insert(i + inserted++, new Interval(current.Start, interval.Start));
            if (current.End > interval.End) _intervals.Insert(i + inserted++, new Interval(interval.End, current.End));
            i += inserted - 1;
        }
    }

    /// <summary>True when one interval of the set wholly contains <paramref name="interval"/>.</summary>
    public bool Contains(Interval interval) =>
        _intervals.Any(i => i.Start <= interval.Start && i.End >= interval.End);
}
