using EstateCommons.Domain.Estate;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>A site's spaces, for its managers to add to and change.</summary>
public sealed class SpacesModel(IGrainFactory grains, CallerAccessor caller) : ManagerPage
{
    public Site? Site { get; private set; }

    public IReadOnlyList<SpaceSummary> Spaces { get; private set; } = [];

    public async Task<IActionResult> OnGet(string siteId)
    {
        var (site, problem) = await SitesApi.ManagedSite(siteId, caller, grains);
        if (problem is not null) return Refuse(problem);
        Site = site;
        Spaces = (await grains.GetGrain<ISiteGrain>(siteId).Spaces()).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
        return Page();
    }
}
