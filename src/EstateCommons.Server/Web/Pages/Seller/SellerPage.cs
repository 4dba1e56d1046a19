using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>Who may use the seller pages: as the API has it, only the accounts acting for the seller.</summary>
internal static class SellerPage
{
    /// <summary>The seller, when the signed-in account is one of its members; otherwise null, and the page says it was not found.</summary>
    public static async Task<SellerSnapshot?> Own(string sellerId, CallerAccessor caller, IGrainFactory grains)
    {
        var (seller, problem) = await SellersApi.OwnSeller(sellerId, caller, grains);
        return problem is null ? seller : null;
    }

    /// <summary>A pence amount as the seller reads it: "£25.00".</summary>
    public static string Pounds(long pence) => (pence < 0 ? "-" : "") + $"£{Math.Abs(pence) / 100}.{Math.Abs(pence) % 100:00}";
}
