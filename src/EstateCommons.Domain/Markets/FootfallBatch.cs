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
    /// <summary>A day of one-second intervals is 86,400; a counter's upload, even after days offline, stays far below this.</summary>
    public const int MostReadings = 10_000;

    public const int MostBatchIdLength = 100;

    /// <summary>How far ahead of the receiving clock an interval may start: a counter's clock drifts, but not by more.</summary>
    public static readonly Duration MostClockAhead = Duration.FromHours(1);

    public IEnumerable<FieldError> Validate()
    {
        if (string.IsNullOrWhiteSpace(DeviceToken)) yield return new FieldError("deviceToken", "Name the counter that sent the batch.");
        if (string.IsNullOrWhiteSpace(BatchId)) yield return new FieldError("batchId", "Give the batch an id so a retry is not counted twice.");
        if (Readings.Any(r => r.Count < 0)) yield return new FieldError("readings", "A count cannot be negative.");
        if (Readings.GroupBy(r => r.IntervalStart).Any(g => g.Count() > 1)) yield return new FieldError("readings", "Report each interval once per batch.");
    }

    /// <summary>
    /// The checks for a batch arriving from a counter at <paramref name="now"/>: those of <see cref="Validate()"/>, and
    /// bounds that keep what one upload costs and reaches sensible.
    /// </summary>
    public IEnumerable<FieldError> Validate(Instant now)
    {
        foreach (var error in Validate()) yield return error;
        if (BatchId.Length > MostBatchIdLength) yield return new FieldError("batchId", $"Keep the batch id to {MostBatchIdLength} characters.");
        if (Readings.Count is 0 or > MostReadings) yield return new FieldError("readings", $"Send 1 to {MostReadings} readings in a batch.");
        if (Readings.Any(r => r.IntervalStart > now + MostClockAhead)) yield return new FieldError("readings", "An interval cannot start in the future; check the counter's clock.");
    }

    /// <summary>
    /// The batch split by the local date in <paramref name="zone"/> each interval starts on, in date order. Each part keeps
    /// the batch id, so a re-sent batch is recognised on every day it touches.
    /// </summary>
    public IEnumerable<(LocalDate Date, FootfallBatch Part)> ByLocalDate(DateTimeZone zone) =>
        Readings
            .GroupBy(r => r.IntervalStart.InZone(zone).Date)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, this with { Readings = g.ToList() }));
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
