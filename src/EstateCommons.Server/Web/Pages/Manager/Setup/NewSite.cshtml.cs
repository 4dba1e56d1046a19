using EstateCommons.Domain.Estate;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using EstateCommons.Server.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>Adding a site to a trust, checked and saved as POST /api/trusts/{trustId}/sites does, by the trust's managers.</summary>
public sealed class NewSiteModel(IGrainFactory grains, CallerAccessor caller) : ManagerPage
{
    [BindProperty]
    public string? Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    [BindProperty]
    public double? Latitude { get; set; }

    [BindProperty]
    public double? Longitude { get; set; }

    [BindProperty]
    public string? TimeZone { get; set; } = Site.DefaultTimeZoneId;

    public Trust? Trust { get; private set; }

    public async Task<IActionResult> OnGet(string trustId) => await Load(trustId) ?? Page();

    public async Task<IActionResult> OnPost(string trustId)
    {
        if (await Load(trustId) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var body = new CreateSiteRequest(Id?.Trim(), Name, string.IsNullOrWhiteSpace(TimeZone) ? null : TimeZone.Trim(), Latitude, Longitude, Postcode);
        var (site, errors, _) = await TrustsApi.AddSite(trustId, body, grains);
        if (site is not null)
        {
            Done = $"You added {site.Name}. Add its spaces next.";
            return RedirectToPage("/Manager/Setup/Spaces", new { siteId = site.Id });
        }
        ModelState.AddFieldErrors(errors, "id", "name", "postcode", "latitude", "longitude", "timeZone");
        return Page();
    }

    /// <summary>Null when the caller manages the trust (as the API asks); otherwise the refusal to show.</summary>
    private async Task<IActionResult?> Load(string trustId)
    {
        if (await grains.GetGrain<ITrustGrain>(trustId).Get() is not { } trust) return Refuse(Problems.Missing("Trust"));
        if (await caller.Current() is not { } me || !me.Manages(trustId)) return Refuse(Problems.NotAllowed("Only the trust's managers add its sites."));
        Trust = trust.Trust;
        return null;
    }
}
