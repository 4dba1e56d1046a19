using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// The visitors counted at a market: the latest figure each counter reported for each interval, plus manual tallies.
/// A figure belongs to the interval it started in, so totals over a range count whole intervals starting inside it.
/// </summary>
/// <remarks>
/// State stays small however often counters retry: one number per counter per interval, and per counter only the
/// last <see cref="RememberedBatchesPerDevice"/> batch ids. A retry older than that would be applied again; as readings
/// replace rather than add, that could only restore an older figure for the intervals it holds, never double count.
/// Each counter's part is kept apart (<see cref="FiguresOf"/>), so whoever stores the ledger can store a counter's
/// figures on their own, and a batch changes only its own counter's part.
/// </remarks>
public sealed class FootfallLedger
{
    public const int RememberedBatchesPerDevice = 1_000;

    private readonly Dictionary<string, CounterLog> _counters = new(StringComparer.Ordinal);
    private readonly List<ManualTally> _tallies = [];

    public FootfallLedger()
    {
    }

    /// <summary>A ledger holding what was stored of one: each counter's <see cref="FiguresOf"/> and the <see cref="Tallies"/>.</summary>
    public FootfallLedger(IEnumerable<CounterFootfall> counters, IEnumerable<ManualTally> tallies)
    {
        foreach (var counter in counters) _counters[counter.DeviceToken] = CounterLog.From(counter);
        _tallies.AddRange(tallies);
    }

    public IReadOnlyList<ManualTally> Tallies => _tallies.AsReadOnly();

    /// <summary>Records a counter's batch unless it was already recorded. Returns false for a repeat.</summary>
    public bool Record(FootfallBatch batch)
    {
        if (batch.Validate().FirstOrDefault() is { } error) throw new ArgumentException(error.Message, nameof(batch));
        if (!_counters.TryGetValue(batch.DeviceToken, out var counter))
        {
            counter = new CounterLog();
            _counters[batch.DeviceToken] = counter;
        }
        return counter.Record(batch);
    }

    public void Record(ManualTally tally)
    {
        if (tally.Validate().FirstOrDefault() is { } error) throw new ArgumentException(error.Message, nameof(tally));
        _tallies.Add(tally);
    }

    /// <summary>One counter's part of the ledger, as it can be stored and given back to the constructor.</summary>
    public CounterFootfall FiguresOf(string deviceToken) =>
        _counters.TryGetValue(deviceToken, out var counter)
            ? new CounterFootfall(deviceToken, counter.Counts.Select(c => new FootfallReading(c.Key, c.Value)).ToList(), [.. counter.RecentBatches])
            : new CounterFootfall(deviceToken, [], []);

    /// <summary>Everyone counted in intervals (and tallies) starting within <paramref name="range"/>.</summary>
    public long TotalBetween(Interval range) => Figures().Where(f => range.Contains(f.Start)).Sum(f => (long)f.Count);

    /// <summary>
    /// Totals per local clock hour in <paramref name="zone"/>, in time order. When the clocks go back the repeated hour
    /// appears twice, once per offset, so no hour's visitors are merged with another's.
    /// </summary>
    public IReadOnlyList<HourlyFootfall> PerHour(DateTimeZone zone) => PerHour(Figures(), zone);

    /// <summary>As <see cref="PerHour(DateTimeZone)"/>, counting only intervals (and tallies) starting within <paramref name="range"/>.</summary>
    public IReadOnlyList<HourlyFootfall> PerHour(DateTimeZone zone, Interval range) =>
        PerHour(Figures().Where(f => range.Contains(f.Start)), zone);

    private static List<HourlyFootfall> PerHour(IEnumerable<(Instant Start, int Count)> figures, DateTimeZone zone) =>
        figures
            .GroupBy(f => HourContaining(f.Start, zone))
            .OrderBy(g => g.Key.ToInstant())
            .Select(g => new HourlyFootfall(g.Key, g.Sum(f => (long)f.Count)))
            .ToList();

    private IEnumerable<(Instant Start, int Count)> Figures() =>
        _counters.Values.SelectMany(c => c.Counts.Select(f => (f.Key, f.Value))).Concat(_tallies.Select(t => (t.Interval.Start, t.Count)));

    private static ZonedDateTime HourContaining(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone);
        var hour = local.Date.At(new LocalTime(local.Hour, 0));
        return new OffsetDateTime(hour, local.Offset).InZone(zone);
    }

    private sealed class CounterLog
    {
        public Dictionary<Instant, int> Counts { get; } = [];

        // Oldest first, so the oldest can be forgotten.
        public List<string> RecentBatches { get; } = [];

        public static CounterLog From(CounterFootfall stored)
        {
            var log = new CounterLog();
            foreach (var reading in stored.Readings) log.Counts[reading.IntervalStart] = reading.Count;
            log.RecentBatches.AddRange(stored.RecentBatchIds);
            return log;
        }

        public bool Record(FootfallBatch batch)
        {
            if (RecentBatches.Contains(batch.BatchId, StringComparer.Ordinal)) return false;
            RecentBatches.Add(batch.BatchId);
            if (RecentBatches.Count > RememberedBatchesPerDevice) RecentBatches.RemoveAt(0);
            foreach (var reading in batch.Readings) Counts[reading.IntervalStart] = reading.Count;
            return true;
        }
    }
}
