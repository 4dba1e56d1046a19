using EstateCommons.Domain.Estate;
using EstateCommons.GrainInterfaces.Estate;

namespace EstateCommons.Grains.Estate;

public sealed class SiteGrain([PersistentState("site", StorageNames.Estate)] IPersistentState<SiteState> site) : Grain, ISiteGrain
{
    public async Task<bool> Create(Site details)
    {
        if (site.State.Site is not null) return false;
        site.State = new SiteState { Site = details };
        await site.WriteStateAsync();
        return true;
    }

    public Task<Site?> Get() => Task.FromResult(site.State.Site);

    public async Task RecordSpace(SpaceSummary summary)
    {
        var index = site.State.Spaces.FindIndex(s => s.SpaceId == summary.SpaceId);
        if (index >= 0 && site.State.Spaces[index] == summary) return;
        if (index >= 0) site.State.Spaces[index] = summary;
        else site.State.Spaces.Add(summary);
        await site.WriteStateAsync();
    }

    public Task<IReadOnlyList<SpaceSummary>> Spaces() => Task.FromResult<IReadOnlyList<SpaceSummary>>([.. site.State.Spaces]);

    public async Task RecordMarket(MarketSummary summary)
    {
        var index = site.State.Markets.FindIndex(m => m.MarketId == summary.MarketId);
        if (index >= 0 && site.State.Markets[index] == summary) return;
        if (index >= 0) site.State.Markets[index] = summary;
        else site.State.Markets.Add(summary);
        await site.WriteStateAsync();
    }

    public Task<IReadOnlyList<MarketSummary>> Markets() => Task.FromResult<IReadOnlyList<MarketSummary>>([.. site.State.Markets]);
}
