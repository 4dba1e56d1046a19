using EstateCommons.Domain.Markets;
using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Markets;

/// <summary>
/// The visitors counted on one market day, keyed like the market day ("site/market/2027-06-12"): counters' batches
/// (a re-sent batch is not counted twice) and manual tallies. The market day reads its total to work out footfall fees.
/// </summary>
public interface IMarketFootfallGrain : IGrainWithStringKey
{
    /// <summary>Records a counter's readings for this day; false when the batch was already recorded.</summary>
    Task<bool> Record(FootfallBatch batch);

    Task Record(ManualTally tally);

    /// <summary>Everyone counted in intervals (and tallies) starting within the range, with the per-hour breakdown in the site's zone.</summary>
    [ReadOnly]
    Task<FootfallSummary> Summary(Interval range, string timeZoneId);
}

/// <summary>A day's footfall within a range: the total and the local clock hours it came in.</summary>
[GenerateSerializer, Immutable]
public sealed record FootfallSummary(long Total, IReadOnlyList<HourlyFootfall> PerHour);
