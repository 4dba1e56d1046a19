using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>Adding a food market to a site, with the id its address will use.</summary>
public sealed class NewMarketModel(IGrainFactory grains, CallerAccessor caller) : MarketFormPage(grains, caller)
{
    [BindProperty]
    public string? MarketId { get; set; }

    public async Task<IActionResult> OnGet(string siteId)
    {
        Form.PitchCount = 1;
        Form.ResizePitches();
        return await LoadSite(siteId) ?? Page();
    }

    public async Task<IActionResult> OnPostResize(string siteId) => await LoadSite(siteId) ?? Resize();

    public async Task<IActionResult> OnPost(string siteId)
    {
        if (await LoadSite(siteId) is { } refused) return refused;
        MarketId = MarketId?.Trim();
        if (Slug.IsValid(MarketId) && await Grains.GetGrain<IMarketGrain>(new MarketRef(siteId, MarketId!).Key).Get() is not null)
        {
            ModelState.AddModelError(nameof(MarketId), $"{Site!.Name} already has a market with the id \"{MarketId}\". Choose another, or change that market.");
        }
        return await Save(MarketId ?? "", before: null);
    }

    protected override string FieldOf(string apiField) => apiField == "marketId" ? nameof(MarketId) : base.FieldOf(apiField);
}
