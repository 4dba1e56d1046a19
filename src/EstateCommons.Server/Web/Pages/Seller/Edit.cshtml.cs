using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>Changes a seller's profile and compliance records, as PUT /api/sellers/{sellerId} does. Its members only.</summary>
[Authorize]
public sealed class EditModel(CallerAccessor caller, IGrainFactory grains) : ProfileFormPage
{
    public string SellerId { get; private set; } = "";

    /// <summary>The business name as stored, for the caption and back link while the form may hold another.</summary>
    public string StoredName { get; private set; } = "";

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGet(string sellerId)
    {
        if (await Load(sellerId) is not { } seller) return NotFound();
        Show(seller.Profile);
        return Page();
    }

    public async Task<IActionResult> OnPost(string sellerId)
    {
        if (await Load(sellerId) is null) return NotFound();
        if (ReadProfile() is not { } profile) return Page();
        var refused = await grains.GetGrain<ISellerGrain>(sellerId).Update(profile);
        if (refused.Count > 0)
        {
            Refuse(refused);
            return Page();
        }
        Saved = "Your business details have been saved.";
        return RedirectToPage("/Seller/Home", new { sellerId });
    }

    private async Task<SellerSnapshot?> Load(string sellerId)
    {
        var seller = await SellerPage.Own(sellerId, caller, grains);
        (SellerId, StoredName) = (sellerId, seller?.Profile.BusinessName ?? "");
        return seller;
    }
}
