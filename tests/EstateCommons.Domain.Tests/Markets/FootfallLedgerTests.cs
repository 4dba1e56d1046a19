using EstateCommons.Domain.Markets;

namespace EstateCommons.Domain.Tests.Markets;

/// <summary>Two gate counters reporting every quarter hour at a Saturday market, with a steward tallying the side entrance.</summary>
public sealed class FootfallLedgerTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly Instant Opening = Instant.FromUtc(2027, 6, 12, 7, 0); // 08:00 BST

    private static Instant Quarter(int n) => Opening + Duration.FromMinutes(15 * n);

    private static FootfallBatch Batch(string device, string id, params (int Quarter, int Count)[] readings) =>
        new(device, id, readings.Select(r => new FootfallReading(Quarter(r.Quarter), r.Count)).ToList());

    private static readonly Interval WholeDay = new(Opening, Opening + Duration.FromHours(6));

    [Fact]
    public void A_batch_sent_again_is_not_counted_twice()
    {
        var ledger = new FootfallLedger();

        Assert.True(ledger.Record(Batch("north-gate", "b1", (0, 40), (1, 55))));
        Assert.False(ledger.Record(Batch("north-gate", "b1", (0, 40), (1, 55))));

        Assert.Equal(95, ledger.TotalBetween(WholeDay));
    }

    [Fact]
    public void A_later_figure_for_an_interval_replaces_the_counters_earlier_one()
    {
        var ledger = new FootfallLedger();
        ledger.Record(Batch("north-gate", "b1", (0, 40), (1, 12)));

        ledger.Record(Batch("north-gate", "b2", (1, 55), (2, 8)));

        Assert.Equal(40 + 55 + 8, ledger.TotalBetween(WholeDay));
    }

    [Fact]
    public void Counters_at_different_gates_and_manual_tallies_add_up()
    {
        var ledger = new FootfallLedger();
        ledger.Record(Batch("north-gate", "b1", (0, 40)));
        ledger.Record(Batch("south-gate", "b1", (0, 25)));

        ledger.Record(new ManualTally("steward:amira", new Interval(Quarter(0), Quarter(4)), 30));
        ledger.Record(new ManualTally("steward:amira", new Interval(Quarter(0), Quarter(4)), 30));

        Assert.Equal(40 + 25 + 30 + 30, ledger.TotalBetween(WholeDay));
    }

    [Fact]
    public void A_total_counts_the_intervals_that_start_inside_its_range()
    {
        var ledger = new FootfallLedger();
        ledger.Record(Batch("north-gate", "b1", (0, 40), (1, 55), (2, 60), (3, 20)));

        Assert.Equal(55 + 60, ledger.TotalBetween(new Interval(Quarter(1), Quarter(3))));
    }

    [Fact]
    public void Totals_per_hour_are_given_in_local_time()
    {
        var ledger = new FootfallLedger();
        ledger.Record(Batch("north-gate", "b1", (0, 40), (1, 55), (3, 20), (4, 70)));
        ledger.Record(new ManualTally("steward:amira", new Interval(Quarter(4), Quarter(8)), 30));

        var hours = ledger.PerHour(London).Select(h => (h.HourStart.LocalDateTime, h.Visitors)).ToList();

        Assert.Equal([(new LocalDateTime(2027, 6, 12, 8, 0), 115L), (new LocalDateTime(2027, 6, 12, 9, 0), 100L)], hours);
    }

    [Fact]
    public void The_hour_repeated_when_the_clocks_go_back_is_reported_twice_not_merged()
    {
        var ledger = new FootfallLedger();
        var firstOneOClock = Instant.FromUtc(2027, 10, 31, 0, 0); // 01:00 BST
        var secondOneOClock = Instant.FromUtc(2027, 10, 31, 1, 0); // 01:00 GMT
        ledger.Record(new FootfallBatch("night-market", "b1",
            [new FootfallReading(firstOneOClock, 12), new FootfallReading(secondOneOClock + Duration.FromMinutes(30), 7)]));

        var hours = ledger.PerHour(London);

        Assert.Equal(2, hours.Count);
        Assert.All(hours, h => Assert.Equal(new LocalDateTime(2027, 10, 31, 1, 0), h.HourStart.LocalDateTime));
        Assert.Equal([firstOneOClock, secondOneOClock], hours.Select(h => h.HourStart.ToInstant()));
        Assert.Equal([12L, 7L], hours.Select(h => h.Visitors));
    }

    [Fact]
    public void Per_hour_figures_within_a_range_leave_out_intervals_starting_outside_it()
    {
        var ledger = new FootfallLedger();
        ledger.Record(Batch("north-gate", "b1", (0, 40), (1, 55), (2, 60), (4, 70)));

        var hours = ledger.PerHour(London, new Interval(Quarter(1), Quarter(5)));

        Assert.Equal([(new LocalDateTime(2027, 6, 12, 8, 0), 115L), (new LocalDateTime(2027, 6, 12, 9, 0), 70L)],
            hours.Select(h => (h.HourStart.LocalDateTime, h.Visitors)));
    }

    [Fact]
    public void A_ledger_restored_from_its_stored_figures_still_knows_the_batches_it_recorded()
    {
        var ledger = new FootfallLedger();
        ledger.Record(Batch("north-gate", "b1", (0, 40), (1, 55)));
        ledger.Record(Batch("south-gate", "b1", (0, 25)));
        ledger.Record(new ManualTally("steward:amira", new Interval(Quarter(0), Quarter(4)), 30));

        var restored = new FootfallLedger([ledger.FiguresOf("north-gate"), ledger.FiguresOf("south-gate")], ledger.Tallies);

        Assert.Equal(40 + 55 + 25 + 30, restored.TotalBetween(WholeDay));
        Assert.False(restored.Record(Batch("north-gate", "b1", (0, 40), (1, 55))));
        Assert.True(restored.Record(Batch("north-gate", "b2", (2, 10))));
        Assert.Equal(40 + 55 + 10 + 25 + 30, restored.TotalBetween(WholeDay));
    }

    [Fact]
    public void A_counters_figures_hold_only_its_own_readings()
    {
        var ledger = new FootfallLedger();
        ledger.Record(Batch("north-gate", "b1", (0, 40), (1, 55)));
        ledger.Record(Batch("south-gate", "b7", (0, 25)));

        var north = ledger.FiguresOf("north-gate");

        Assert.Equal([new FootfallReading(Quarter(0), 40), new FootfallReading(Quarter(1), 55)], north.Readings.OrderBy(r => r.IntervalStart));
        Assert.Equal(["b1"], north.RecentBatchIds);
        Assert.Empty(ledger.FiguresOf("car-park").Readings);
    }

    [Fact]
    public void Only_the_most_recent_thousand_batch_ids_per_counter_are_remembered()
    {
        var ledger = new FootfallLedger();
        for (var i = 0; i <= FootfallLedger.RememberedBatchesPerDevice; i++) ledger.Record(Batch("north-gate", $"b{i}", (0, i)));

        Assert.False(ledger.Record(Batch("north-gate", "b1", (0, 1))));
        Assert.True(ledger.Record(Batch("north-gate", "b0", (0, 0))));
        Assert.False(ledger.Record(Batch("north-gate", "b0", (0, 0))));
    }

    [Fact]
    public void A_batch_with_a_negative_count_or_an_interval_reported_twice_is_refused()
    {
        var ledger = new FootfallLedger();

        Assert.Throws<ArgumentException>(() => ledger.Record(Batch("north-gate", "b1", (0, -1))));
        Assert.Throws<ArgumentException>(() => ledger.Record(Batch("north-gate", "b2", (0, 5), (0, 6))));
        Assert.Throws<ArgumentException>(() => ledger.Record(Batch("", "b3", (0, 5))));
        Assert.Equal(0, ledger.TotalBetween(WholeDay));
    }
}
