using EstateCommons.Domain.Markets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Interval = NodaTime.Interval;

namespace EstateCommons.Domain.Tests.Markets;

/// <summary>
/// Counters retry uploads whenever the site Wi-Fi drops, so any batch may arrive again at any later point.
/// However the repeats fall, the ledger must end as if each distinct batch had arrived once.
/// </summary>
public sealed class FootfallLedgerProperties
{
    private static readonly Instant Opening = Instant.FromUtc(2027, 6, 12, 7, 0);
    private static readonly Interval WholeDay = new(Opening, Opening + Duration.FromHours(24));
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Distinct batches in the order first sent, and after each one the earlier batches re-sent (by index).</summary>
    public sealed record Delivery(FootfallBatch[] Batches, int[][] ResentAfter)
    {
        public IEnumerable<FootfallBatch> Arrivals() =>
            Batches.SelectMany((batch, i) => ResentAfter[i].Select(j => Batches[j]).Prepend(batch));

        public override string ToString() =>
            string.Join(", ", Arrivals().Select(b => $"{b.DeviceToken}/{b.BatchId}[{string.Join(' ', b.Readings.Select(r => r.Count))}]"));
    }

    private static readonly Gen<FootfallReading[]> Readings =
        from readings in Gen.ArrayOf(
            from quarter in Gen.Choose(0, 11)
            from count in Gen.Choose(0, 300)
            select new FootfallReading(Opening + Duration.FromMinutes(15 * quarter), count))
        select readings.DistinctBy(r => r.IntervalStart).ToArray();

    private static readonly Arbitrary<Delivery> Deliveries = Arb.From(
        from batches in Gen.ArrayOf(
            from device in Gen.Elements("north-gate", "south-gate", "car-park")
            from readings in Readings
            select (device, readings))
        from picks in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 1_000)), batches.Length)
        let distinct = batches.Select((b, i) => new FootfallBatch(b.device, $"batch-{i}", b.readings)).ToArray()
        select new Delivery(distinct, picks.Select((p, i) => p.Select(j => j % (i + 1)).ToArray()).ToArray()));

    private static FootfallLedger Deliver(IEnumerable<FootfallBatch> batches)
    {
        var ledger = new FootfallLedger();
        foreach (var batch in batches) ledger.Record(batch);
        return ledger;
    }

    [Property]
    public Property Repeated_batches_give_the_same_totals_as_each_batch_once() =>
        Prop.ForAll(Deliveries, delivery =>
        {
            var once = Deliver(delivery.Batches);
            var withRepeats = Deliver(delivery.Arrivals());

            Assert.Equal(once.TotalBetween(WholeDay), withRepeats.TotalBetween(WholeDay));
            Assert.Equal(once.PerHour(London), withRepeats.PerHour(London));
        });

    [Property]
    public Property A_ledger_stored_and_restored_part_way_ends_as_if_it_had_never_stopped() =>
        Prop.ForAll(Deliveries, Arb.From(Gen.Choose(0, 1_000)), (delivery, cut) =>
        {
            var arrivals = delivery.Arrivals().ToList();
            var at = cut % (arrivals.Count + 1);
            var uninterrupted = Deliver(arrivals.Take(at));
            var restored = new FootfallLedger(arrivals.Select(b => b.DeviceToken).Distinct().Select(uninterrupted.FiguresOf), uninterrupted.Tallies);

            Assert.Equal(arrivals.Skip(at).Select(uninterrupted.Record).ToList(), arrivals.Skip(at).Select(restored.Record).ToList());
            Assert.Equal(uninterrupted.TotalBetween(WholeDay), restored.TotalBetween(WholeDay));
            Assert.Equal(uninterrupted.PerHour(London), restored.PerHour(London));
        });

    [Property]
    public Property The_total_is_each_counters_latest_figure_for_each_interval() =>
        Prop.ForAll(Deliveries, delivery =>
        {
            var latest = new Dictionary<(string, Instant), int>();
            foreach (var batch in delivery.Batches)
            {
                foreach (var reading in batch.Readings) latest[(batch.DeviceToken, reading.IntervalStart)] = reading.Count;
            }

            Assert.Equal(latest.Values.Sum(c => (long)c), Deliver(delivery.Arrivals()).TotalBetween(WholeDay));
        });
}
