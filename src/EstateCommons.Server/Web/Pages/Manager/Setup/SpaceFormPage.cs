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
public abstract class SpaceFormPage(IGrainFactory grains, CallerAccessor caller) : SiteSetupPage(grains, caller)
{
    [BindProperty]
    public SpaceForm Form { get; set; } = new();

    /// <summary>The index of a saved closure to remove, from its "Remove" button.</summary>
    [BindProperty]
    public int? RemoveClosure { get; set; }

    protected Task<IActionResult> Save(string spaceId)
    {
        if (RemoveClosure is { } removed && removed >= 0 && removed < Form.Closures.Count) Form.Closures.RemoveAt(removed);
        var errors = new List<FieldError>();
        var request = Form.ToRequest(errors);
        return Save(errors, () => SitesApi.DefineSpace(Site!, spaceId, request, Grains), space => $"You saved {space.Definition.Name}.", "/Manager/Setup/Spaces");
    }

    protected override string FieldOf(string apiField) => Form.FieldFor(apiField, nameof(Form));

    protected async Task<SpaceSnapshot?> Existing(string spaceId) =>
        await Grains.GetGrain<ISpaceGrain>(new SpaceRef(Site!.Id, spaceId).Key).Get();
}
