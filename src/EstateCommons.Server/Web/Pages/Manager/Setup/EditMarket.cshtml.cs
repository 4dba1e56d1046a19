using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>Changing a food market: its schedule, fee, windows and pitch layout.</summary>
public sealed class EditMarketModel(IGrainFactory grains, CallerAccessor caller) : MarketFormPage(grains, caller)
{
    public async Task<IActionResult> OnGet(string siteId, string marketId)
    {
        var (refused, market) = await Load(siteId, marketId);
        if (refused is not null) return refused;
        if (market is null) return NotFound();
        Form = MarketForm.Of(market);
        return Page();
    }

    public async Task<IActionResult> OnPostResize(string siteId, string marketId) =>
        await Load(siteId, marketId) is ({ } refused, _) ? refused : Resize();

    public async Task<IActionResult> OnPost(string siteId, string marketId) =>
        await Load(siteId, marketId) switch
        {
            ({ } refused, _) => refused,
            (_, { } market) => await Save(marketId, market),
            _ => NotFound(),
        };

    /// <summary>The market as the API shows it to managers, when the caller manages its site.</summary>
    private async Task<(IActionResult? Refused, MarketView? Market)> Load(string siteId, string marketId)
    {
        if (await LoadSite(siteId) is { } refused) return (refused, null);
        var (market, _) = await MarketsApi.Market(siteId, marketId, Grains);
        return (null, market is null ? null : MarketView.Of(market, forManager: true));
    }
}
