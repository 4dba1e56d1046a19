using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Markets;

namespace EstateCommons.Grains.Markets;

public sealed partial class MarketGrain(
    [PersistentState("market", StorageNames.Estate)] IPersistentState<MarketState> market,
    IClock clock) : Grain, IMarketGrain
{
    private MarketRef Ref => MarketRef.FromKey(this.GetPrimaryKeyString());

    public Task<MarketSnapshot?> Get() => Task.FromResult(
        market.State is { Definition: { } definition, Site: { } site } ? new MarketSnapshot(Ref, site, definition) : null);

    public async Task Define(MarketDefinition definition, MarketSite site)
    {
        market.State.Definition = definition;
        market.State.Site = site;
        await market.WriteStateAsync();
        await GrainFactory.GetGrain<ISiteGrain>(Ref.SiteId).RecordMarket(new MarketSummary(Ref.MarketId, definition.Name, definition.Location));
        await StartReportingSchedule();
    }

    public async Task RecordMisses(LocalDate day, IReadOnlyList<string> sellerIds)
    {
        var misses = market.State.Misses;
        var existing = misses.FindIndex(m => m.Day == day);
        if (existing >= 0 && misses[existing].SellerIds.SequenceEqual(sellerIds)) return;
        if (existing >= 0) misses.RemoveAt(existing);
        misses.Add(new MarketDayMisses(day, [.. sellerIds]));
        // Only the newest window matters to any allocation still to run, so the record stays bounded.
        var newest = misses.Max(m => m.Day);
        misses.RemoveAll(m => m.Day < newest.PlusDays(-2 * MarketSnapshot.RotationWindowDays));
        await market.WriteStateAsync();
    }

    public Task<IReadOnlyDictionary<string, int>> RecentMisses(LocalDate day, IReadOnlyList<string> sellerIds)
    {
        var since = day.PlusDays(-MarketSnapshot.RotationWindowDays);
        var recent = market.State.Misses.Where(m => m.Day >= since && m.Day < day).ToList();
        IReadOnlyDictionary<string, int> counts = sellerIds.Distinct().ToDictionary(id => id, id => recent.Count(m => m.SellerIds.Contains(id)));
        return Task.FromResult(counts);
    }
}
