using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>A footfall counter's figure for one counting interval: everyone counted since the interval started.</summary>
[GenerateSerializer, Immutable]
public readonly record struct FootfallReading(Instant IntervalStart, int Count);

/// <summary>
/// One upload from a footfall counter. Counters retry uploads and re-report an interval as it fills, so a batch is
/// identified by its device and <see cref="BatchId"/>, and each reading is the latest figure for its interval.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FootfallBatch(string DeviceToken, string BatchId, IReadOnlyList<FootfallReading> Readings)
{
    public IEnumerable<FieldError> Validate()
    {
        if (string.IsNullOrWhiteSpace(DeviceToken)) yield return new FieldError("deviceToken", "Name the counter that sent the batch.");
        if (string.IsNullOrWhiteSpace(BatchId)) yield return new FieldError("batchId", "Give the batch an id so a retry is not counted twice.");
        if (Readings.Any(r => r.Count < 0)) yield return new FieldError("readings", "A count cannot be negative.");
        if (Readings.GroupBy(r => r.IntervalStart).Any(g => g.Count() > 1)) yield return new FieldError("readings", "Report each interval once per batch.");
    }
}

/// <summary>Visitors counted by hand, such as by a steward with a clicker when a counter is down.</summary>
[GenerateSerializer, Immutable]
public sealed record ManualTally(string RecordedBy, Interval Interval, int Count)
{
    public IEnumerable<FieldError> Validate()
    {
        if (string.IsNullOrWhiteSpace(RecordedBy)) yield return new FieldError("recordedBy", "Say who made the count.");
        if (Count < 0) yield return new FieldError("count", "A count cannot be negative.");
    }
}

/// <summary>The visitors counted in one local clock hour, starting at <see cref="HourStart"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record HourlyFootfall(ZonedDateTime HourStart, long Visitors);
