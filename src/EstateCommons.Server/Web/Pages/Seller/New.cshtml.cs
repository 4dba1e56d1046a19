using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>Registers a market seller's business, as POST /api/sellers does; the signed-in account becomes its first member.</summary>
[Authorize]
public sealed class NewModel(CallerAccessor caller, IGrainFactory grains) : ProfileFormPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPost()
    {
        if (await caller.Current() is not { } me) return Challenge();
        if (ReadProfile() is not { } profile) return Page();
        var sellerId = await SellersApi.Register(profile, me.Email, grains);
        return RedirectToPage("/Seller/Home", new { sellerId });
    }
}
