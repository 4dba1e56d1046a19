using EstateCommons.Domain.Estate;
using EstateCommons.GrainInterfaces.Estate;

namespace EstateCommons.Server.Reports;

/// <summary>
/// Reads a report's scope from the estate's grains: a handful of calls whatever the size (the directory lists every
/// site with its name in one answer), so nothing is read per space or per site beyond the usage slices themselves.
/// </summary>
public static class ReportScopes
{
    public static async Task<ReportScope?> Site(IGrainFactory grains, Site site, string? spaceId)
    {
        var siteGrain = grains.GetGrain<ISiteGrain>(site.Id);
        var spaces = siteGrain.Spaces();
        var markets = siteGrain.Markets();
        var spaceNames = (await spaces).Where(s => spaceId is null || s.SpaceId == spaceId).ToDictionary(s => s.SpaceId, s => s.Name, StringComparer.Ordinal);
        if (spaceId is not null && spaceNames.Count == 0) return null;
        var marketNames = (await markets).ToDictionary(m => m.MarketId, m => m.Name, StringComparer.Ordinal);
        var (level, id, name) = spaceId is null ? (ReportLevel.Site, site.Id, site.Name) : (ReportLevel.Space, spaceId, $"{spaceNames[spaceId]}, {site.Name}");
        return new ReportScope(level, id, name, [new ScopedSite(site.Id, site.Id)], spaceId, spaceNames, marketNames);
    }

    public static async Task<ReportScope> Trust(IGrainFactory grains, TrustDetails trust)
    {
        var names = (await grains.GetGrain<IEstateDirectoryGrain>(0).Sites()).ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var parts = trust.SiteIds.ToDictionary(id => id, id => names.GetValueOrDefault(id, id), StringComparer.Ordinal);
        return new ReportScope(ReportLevel.Trust, trust.Trust.Id, trust.Trust.Name, trust.SiteIds.Select(id => new ScopedSite(id, id)).ToList(), null, parts, parts);
    }

    public static async Task<ReportScope> Estate(IGrainFactory grains)
    {
        var sites = await grains.GetGrain<IEstateDirectoryGrain>(0).Sites();
        var trusts = await Task.WhenAll(sites.Select(s => s.TrustId).Distinct(StringComparer.Ordinal).Select(id => grains.GetGrain<ITrustGrain>(id).Get()));
        var parts = trusts.OfType<TrustDetails>().ToDictionary(t => t.Trust.Id, t => t.Trust.Name, StringComparer.Ordinal);
        foreach (var site in sites) parts.TryAdd(site.TrustId, site.TrustId);
        return new ReportScope(ReportLevel.Estate, "estate", "Whole estate", sites.Select(s => new ScopedSite(s.Id, s.TrustId)).ToList(), null, parts, parts);
    }
}
