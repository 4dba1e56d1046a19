using EstateCommons.Domain.Estate;
using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Estate;

/// <summary>A hospital site: its details and time zone, and a summary of each of its spaces and food markets.</summary>
public interface ISiteGrain : IGrainWithStringKey
{
    /// <summary>False when a site with this id already exists (nothing changes).</summary>
    Task<bool> Create(Site site);

    [ReadOnly]
    Task<Site?> Get();

    Task RecordSpace(SpaceSummary summary);

    [ReadOnly]
    Task<IReadOnlyList<SpaceSummary>> Spaces();

    Task RecordMarket(MarketSummary summary);

    [ReadOnly]
    Task<IReadOnlyList<MarketSummary>> Markets();
}
