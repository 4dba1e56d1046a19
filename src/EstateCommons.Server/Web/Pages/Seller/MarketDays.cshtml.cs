using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>The market days a seller has applied for, with where they stand on each, and the days still open to apply for.</summary>
[Authorize]
public sealed class MarketDaysModel(CallerAccessor caller, IGrainFactory grains, IClock clock) : PageModel
{
    public SellerSnapshot? Seller { get; private set; }

    public IReadOnlyList<(MarketDaySnapshot Day, SellerOutcomeView Outcome)> Applied { get; private set; } = [];

    public IReadOnlyList<UpcomingMarketDay> Open { get; private set; } = [];

    public async Task<IActionResult> OnGet(string sellerId)
    {
        Seller = await SellerPage.Own(sellerId, caller, grains);
        if (Seller is null) return NotFound();
        var now = clock.GetCurrentInstant();
        var days = await Task.WhenAll(Seller.MarketDays.Select(d => grains.GetGrain<IMarketDayGrain>(d.Key).Get()));
        Applied = days
            .Select(d => d.Snapshot).OfType<MarketDaySnapshot>()
            .Where(d => !d.Times.HasClosed(now - Duration.FromDays(28)))
            .OrderBy(d => d.Times.Opening.Start)
            .Select(d => (d, SellerOutcomeView.Of(d, sellerId)))
            .ToList();
        var applied = Applied.Select(a => a.Day.Ref).ToHashSet();
        Open = (await new UpcomingMarketDays(grains).OpenFor(now)).Where(d => !applied.Contains(d.Day)).ToList();
        return Page();
    }
}
