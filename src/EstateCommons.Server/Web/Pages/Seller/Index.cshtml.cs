using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>The businesses the signed-in account sells for; with just one, straight to its page.</summary>
[Authorize]
public sealed class IndexModel(CallerAccessor caller, IGrainFactory grains) : PageModel
{
    public IReadOnlyList<SellerSnapshot> Sellers { get; private set; } = [];

    public async Task<IActionResult> OnGet()
    {
        var me = await caller.Current();
        var sellers = await Task.WhenAll((me?.Sellers ?? []).Select(id => grains.GetGrain<ISellerGrain>(id).Get()));
        Sellers = sellers.OfType<SellerSnapshot>().OrderBy(s => s.Profile.BusinessName, StringComparer.OrdinalIgnoreCase).ToList();
        return Sellers.Count == 1 ? RedirectToPage("/Seller/Home", new { sellerId = Sellers[0].Id }) : Page();
    }
}
