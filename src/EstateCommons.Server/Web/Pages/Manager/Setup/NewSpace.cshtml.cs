using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>Adding a space to a site, with the id its address will use.</summary>
public sealed class NewSpaceModel(IGrainFactory grains, CallerAccessor caller) : SpaceFormPage(grains, caller)
{
    [BindProperty]
    public string? SpaceId { get; set; }

    public async Task<IActionResult> OnGet(string siteId)
    {
        Form = SpaceForm.New();
        return await LoadSite(siteId) ?? Page();
    }

    public async Task<IActionResult> OnPost(string siteId)
    {
        if (await LoadSite(siteId) is { } refused) return refused;
        SpaceId = SpaceId?.Trim();
        if (Slug.IsValid(SpaceId) && await Existing(SpaceId!) is not null)
        {
            ModelState.AddModelError(nameof(SpaceId), $"{Site!.Name} already has a space with the id \"{SpaceId}\". Choose another, or edit that space.");
        }
        return await Save(SpaceId ?? "");
    }

    protected override string FieldOf(string apiField) => apiField == "spaceId" ? nameof(SpaceId) : base.FieldOf(apiField);
}
