using System.Globalization;
using EstateCommons.Domain.Calendar;
using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>
/// Apply (or re-apply) for a market day: up to three pitches ranked from the pitch map, pitches side by side, frontage
/// and what will be sold. The market day checks the application as it does the API's, and says what to put right.
/// </summary>
[Authorize]
public sealed class ApplyModel(CallerAccessor caller, IGrainFactory grains, IClock clock) : PageModel
{
    public const int Choices = 3;

    public SellerMarketDay? Market { get; private set; }

    public bool ApplicationsOpen => Market is { } m && clock.GetCurrentInstant() < m.Day.Times.ApplicationsClose;

    [BindProperty]
    public List<string> PitchPreferences { get; set; } = [];

    [BindProperty]
    public int AdjacentPitches { get; set; } = 1;

    [BindProperty]
    public string? MinimumFrontageMetres { get; set; }

    [BindProperty]
    public List<string> Categories { get; set; } = [];

    public async Task<IActionResult> OnGet(string sellerId, string siteId, string marketId, string date)
    {
        if (!await Load(sellerId, siteId, marketId, date)) return NotFound();
        if (Market!.Day.Day.ApplicationOf(sellerId) is { IsWithdrawn: false } applied)
        {
            PitchPreferences = applied.RankedPitchPreferences.ToList();
            AdjacentPitches = applied.AdjacentPitchesWanted;
            MinimumFrontageMetres = applied.MinimumFrontageMetres?.ToString(CultureInfo.InvariantCulture);
            Categories = applied.Categories.ToList();
        }
        else
        {
            Categories = Market.Seller.Profile.Categories.ToList();
        }
        return Page();
    }

    public async Task<IActionResult> OnPost(string sellerId, string siteId, string marketId, string date)
    {
        if (!await Load(sellerId, siteId, marketId, date)) return NotFound();
        if (ModelState[nameof(AdjacentPitches)] is { Errors.Count: > 0 })
        {
            // Model binding's own words for a number it cannot read are not the seller's.
            ModelState.Remove(nameof(AdjacentPitches));
            ModelState.AddModelError(nameof(AdjacentPitches), "Choose how many pitches you need side by side.");
        }
        decimal? frontage = null;
        if (!string.IsNullOrWhiteSpace(MinimumFrontageMetres))
        {
            if (decimal.TryParse(MinimumFrontageMetres.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var metres)) frontage = metres;
            else ModelState.AddModelError(nameof(MinimumFrontageMetres), "Give the frontage in metres, such as 3 or 4.5, or leave it blank.");
        }
        if (!ModelState.IsValid) return Page();

        var request = new ApplyRequest(sellerId, PitchPreferences.Where(p => !string.IsNullOrWhiteSpace(p)).ToList(), AdjacentPitches, frontage, Categories);
        var me = await caller.Current();
        var response = await Market!.Grain(grains).Apply(MarketDaysApi.Application(request, me!.Email));
        if (response.Problem is { } problem)
        {
            SellerMarketDay.Refused(ModelState, problem, "pitchPreferences", "adjacentPitches", "minimumFrontageMetres", "categories");
            return Page();
        }
        return RedirectToPage("/Seller/Day", new { sellerId, siteId, marketId, date = LocalClock.Format(Market.Ref.Date) });
    }

    private async Task<bool> Load(string sellerId, string siteId, string marketId, string date)
    {
        Market = await SellerMarketDay.Load(sellerId, siteId, marketId, date, caller, grains);
        return Market is not null;
    }
}
