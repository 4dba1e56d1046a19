namespace EstateCommons.Domain.Markets;

/// <summary>
/// One counter's part of a <see cref="FootfallLedger"/> in a plain form that can be stored: its latest figure for each
/// interval, and the ids of the batches it sent most recently (oldest first), which is how a re-sent batch is recognised.
/// </summary>
public sealed record CounterFootfall(string DeviceToken, IReadOnlyList<FootfallReading> Readings, IReadOnlyList<string> RecentBatchIds);
