using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>
/// Creating or editing a space: the form's answers become the API's request, saved as PUT
/// /api/sites/{siteId}/spaces/{spaceId} saves it, after the same check that the caller manages the site.
/// </summary>
public abstract class SpaceFormPage(IGrainFactory grains, CallerAccessor caller) : ManagerPage
{
    [BindProperty]
    public SpaceForm Form { get; set; } = new();

    /// <summary>The index of a saved closure to remove, from its "Remove" button.</summary>
    [BindProperty]
    public int? RemoveClosure { get; set; }

    public Site? Site { get; private set; }

    public abstract bool IsNew { get; }

    protected IGrainFactory Grains => grains;

    /// <summary>The site, when the caller manages it; otherwise the refusal page.</summary>
    protected async Task<IActionResult?> LoadSite(string siteId)
    {
        var (site, problem) = await SitesApi.ManagedSite(siteId, caller, grains);
        if (problem is not null) return Refuse(problem);
        Site = site;
        return null;
    }

    protected async Task<IActionResult> Save(string spaceId)
    {
        if (RemoveClosure is { } removed && removed >= 0 && removed < Form.Closures.Count) Form.Closures.RemoveAt(removed);
        var errors = new List<FieldError>();
        var request = Form.ToRequest(errors);
        if (ModelState.IsValid && errors.Count == 0)
        {
            var (space, apiErrors) = await SitesApi.DefineSpace(Site!, spaceId, request, grains);
            if (space is not null)
            {
                Done = $"You saved {space.Definition.Name}.";
                return RedirectToPage("/Manager/Setup/Spaces", new { siteId = Site!.Id });
            }
            errors.AddRange(apiErrors);
        }
        foreach (var error in errors) ModelState.AddModelError(FieldOf(error.Field), error.Message);
        return Page();
    }

    /// <summary>The model-state key an API field error belongs to.</summary>
    protected virtual string FieldOf(string apiField) => Form.FieldFor(apiField, nameof(Form));

    protected async Task<SpaceSnapshot?> Existing(string spaceId) =>
        await grains.GetGrain<ISpaceGrain>(new SpaceRef(Site!.Id, spaceId).Key).Get();
}
