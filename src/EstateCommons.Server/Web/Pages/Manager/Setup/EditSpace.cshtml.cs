using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>Changing a space: its details, opening hours, closures, booking rules and prices.</summary>
public sealed class EditSpaceModel(IGrainFactory grains, CallerAccessor caller) : SpaceFormPage(grains, caller)
{
    public async Task<IActionResult> OnGet(string siteId, string spaceId)
    {
        if (await LoadSite(siteId) is { } refused) return refused;
        if (await Existing(spaceId) is not { } space) return NotFound();
        Form = SpaceForm.Of(space.Definition);
        return Page();
    }

    public async Task<IActionResult> OnPost(string siteId, string spaceId)
    {
        if (await LoadSite(siteId) is { } refused) return refused;
        if (await Existing(spaceId) is null) return NotFound();
        return await Save(spaceId);
    }
}
