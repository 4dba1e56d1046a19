using EstateCommons.Domain.Estate;
using EstateCommons.GrainInterfaces.Accounts;
using EstateCommons.GrainInterfaces.Estate;

namespace EstateCommons.Server.Web.Pages.Manager;

/// <summary>A trust a manager manages, with its sites.</summary>
public sealed record ManagedTrust(Trust Trust, IReadOnlyList<Site> Sites);

/// <summary>
/// The trusts an account manages and their sites: one call per trust and one to the site directory, whatever the
/// number of sites. The platform admin sees every trust that has a site.
/// </summary>
public static class ManagedEstate
{
    public static async Task<IReadOnlyList<ManagedTrust>> Of(AccountProfile me, IGrainFactory grains)
    {
        var sites = await grains.GetGrain<IEstateDirectoryGrain>(0).Sites();
        var trustIds = me.IsPlatformAdmin ? sites.Select(s => s.TrustId).Distinct(StringComparer.Ordinal).ToList() : me.ManagedTrusts;
        var trusts = await Task.WhenAll(trustIds.Select(id => grains.GetGrain<ITrustGrain>(id).Get()));
        return trusts.OfType<TrustDetails>()
            .Select(t => new ManagedTrust(t.Trust, sites.Where(s => s.TrustId == t.Trust.Id).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList()))
            .OrderBy(t => t.Trust.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
