using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Interval = NodaTime.Interval;

namespace EstateCommons.Domain.Tests;

/// <summary>
/// <see cref="IntervalSet"/> against a brute-force model: a set of whole minutes in a two-hour range.
/// Every edge generated is a whole minute, so membership of minute m decides the whole of [m, m+1).
/// </summary>
public sealed class IntervalSetProperties
{
    private const int RangeMinutes = 120;

    private static readonly Instant Origin = Instant.FromUtc(2027, 3, 28, 0, 0);

    public sealed record Change(bool Add, int FromMinute, int Minutes)
    {
        public Interval Interval => new(At(FromMinute), At(FromMinute + Minutes));

        public override string ToString() => $"{(Add ? "Add" : "Remove")}[{FromMinute}, {FromMinute + Minutes})";
    }

    private static readonly Arbitrary<Change[]> Changes = Arb.From(
        Gen.ArrayOf(
            from add in Gen.Elements(true, true, false)
            from start in Gen.Choose(0, RangeMinutes - 1)
            from minutes in Gen.Choose(0, 30)
            select new Change(add, start, minutes)),
        changes => Enumerable.Range(0, changes.Length).Select(i => changes.Where((_, j) => j != i).ToArray()));

    private static Instant At(int minute) => Origin + Duration.FromMinutes(minute);

    private static (IntervalSet Set, bool[] Model) Apply(IEnumerable<Change> changes)
    {
        var set = new IntervalSet();
        var model = new bool[RangeMinutes + 31];
        foreach (var change in changes)
        {
            if (change.Add) set.Add(change.Interval);
            else set.Remove(change.Interval);
            for (var m = change.FromMinute; m < change.FromMinute + change.Minutes; m++) model[m] = change.Add;
        }
        return (set, model);
    }

    [Property]
    public Property Intervals_stay_sorted_non_empty_and_apart() =>
        Prop.ForAll(Changes, changes =>
        {
            var intervals = Apply(changes).Set.Intervals;

            Assert.All(intervals, i => Assert.True(i.Start < i.End, $"{i} is empty"));
            // Strictly apart, not just disjoint: spans that touch are one span, so a space open all day is one interval.
            Assert.All(intervals.Zip(intervals.Skip(1)), pair => Assert.True(pair.First.End < pair.Second.Start, $"{pair.First} then {pair.Second}"));
        });

    [Property]
    public Property Every_instant_is_in_the_set_exactly_when_the_model_says_so() =>
        Prop.ForAll(Changes, changes =>
        {
            var (set, model) = Apply(changes);

            for (var m = -1; m < model.Length + 1; m++)
            {
                var inSet = set.Intervals.Any(i => i.Contains(At(m)));
                Assert.True(inSet == (m >= 0 && m < model.Length && model[m]), $"minute {m}: set says {inSet}");
            }
        });

    [Property]
    public Property Contains_holds_exactly_for_spans_wholly_in_the_set() =>
        Prop.ForAll(Changes, Gen.Choose(0, RangeMinutes).ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), (changes, from, minutes) =>
        {
            var (set, model) = Apply(changes);

            var expected = Enumerable.Range(from, minutes).All(m => m < model.Length && model[m]);
            Assert.Equal(expected, set.Contains(new Interval(At(from), At(from + minutes))));
        });
}
