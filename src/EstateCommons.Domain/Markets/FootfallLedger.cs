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
/// </remarks>
[GenerateSerializer]
public sealed class FootfallLedger
{
    public const int RememberedBatchesPerDevice = 1_000;

    [Id(0)] private Dictionary<DeviceInterval, int> _counts = new();

    // Oldest first; a list rather than a set so the oldest can be forgotten and the state serialises as it is.
    [Id(1)] private Dictionary<string, List<string>> _recentBatches = new();

    [Id(2)] private List<ManualTally> _tallies = [];

    /// <summary>Records a counter's batch unless it was already recorded. Returns false for a repeat.</summary>
    public bool Record(FootfallBatch batch)
    {
        if (batch.Validate().FirstOrDefault() is { } error) throw new ArgumentException(error.Message, nameof(batch));
        if (!_recentBatches.TryGetValue(batch.DeviceToken, out var recent))
        {
            recent = [];
            _recentBatches[batch.DeviceToken] = recent;
        }
        if (recent.Contains(batch.BatchId, StringComparer.Ordinal)) return false;

        recent.Add(batch.BatchId);
        if (recent.Count > RememberedBatchesPerDevice) recent.RemoveAt(0);
        foreach (var reading in batch.Readings)
        {
            _counts[new DeviceInterval(batch.DeviceToken, reading.IntervalStart)] = reading.Count;
        }
        return true;
    }

    public void Record(ManualTally tally)
    {
        if (tally.Validate().FirstOrDefault() is { } error) throw new ArgumentException(error.Message, nameof(tally));
        _tallies.Add(tally);
    }

    /// <summary>Everyone counted in intervals (and tallies) starting within <paramref name="range"/>.</summary>
    public long TotalBetween(Interval range) => Figures().Where(f => range.Contains(f.Start)).Sum(f => (long)f.Count);

    /// <summary>
    /// Totals per local clock hour in <paramref name="zone"/>, in time order. When the clocks go back the repeated hour
    /// appears twice, once per offset, so no hour's visitors are merged with another's.
    /// </summary>
    public IReadOnlyList<HourlyFootfall> PerHour(DateTimeZone zone) =>
        Figures()
            .GroupBy(f => HourContaining(f.Start, zone))
            .OrderBy(g => g.Key.ToInstant())
            .Select(g => new HourlyFootfall(g.Key, g.Sum(f => (long)f.Count)))
            .ToList();

    private IEnumerable<(Instant Start, int Count)> Figures() =>
        _counts.Select(c => (c.Key.IntervalStart, c.Value)).Concat(_tallies.Select(t => (t.Interval.Start, t.Count)));

    private static ZonedDateTime HourContaining(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone);
        var hour = local.Date.At(new LocalTime(local.Hour, 0));
        return new OffsetDateTime(hour, local.Offset).InZone(zone);
    }

    [GenerateSerializer, Immutable]
    internal readonly record struct DeviceInterval(string DeviceToken, Instant IntervalStart);
}
