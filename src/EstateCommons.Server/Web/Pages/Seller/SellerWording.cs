using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>A seller's records in the words the seller pages use.</summary>
public static class SellerWording
{
    public static string BusinessType(SellerBusinessType type) => type switch
    {
        SellerBusinessType.SoleTrader => "Sole trader",
        SellerBusinessType.Micro => "Micro business (fewer than 10 staff)",
        SellerBusinessType.Small => "Small business",
        SellerBusinessType.Medium => "Medium-sized business",
        SellerBusinessType.Vcse => "Voluntary, community or social enterprise",
        _ => type.ToString(),
    };

    public static string Needs(SellerNeeds needs)
    {
        var wanted = new[] { needs.Power ? "power" : null, needs.Water ? "water" : null, needs.CooksHotFood ? "a pitch where hot food is allowed" : null }.OfType<string>().ToList();
        return wanted.Count == 0 ? "Nothing special" : string.Join(", ", wanted);
    }

    public static string Size(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : $"{bytes / (1024.0 * 1024):0.0} MB";

    /// <summary>What a pitch offers, in words, so the map never relies on colour.</summary>
    public static IEnumerable<string> Features(Pitch pitch)
    {
        yield return $"{pitch.WidthMetres:0.##} m by {pitch.DepthMetres:0.##} m";
        if (pitch.HasPower) yield return "Power";
        if (pitch.HasWater) yield return "Water";
        if (pitch.Covered) yield return "Covered";
        if (pitch.HotFoodAllowed) yield return "Hot food allowed";
    }

    /// <summary>A seller's status on a market day (as the API names it) as a tag's words and colour.</summary>
    public static (string Text, string Colour) Status(string status) => status switch
    {
        "applied" => ("Applied", "blue"),
        "withdrawn" => ("Withdrawn", "grey"),
        "offered" => ("Pitch offered", "yellow"),
        "awaitingPayment" => ("Waiting for payment", "orange"),
        "confirmed" => ("Confirmed", "green"),
        "released" => ("Given back", "grey"),
        "expired" => ("Offer ran out", "grey"),
        "revoked" => ("Taken back", "red"),
        "noShow" => ("Did not arrive", "red"),
        "waitlisted" => ("On the waitlist", "purple"),
        "notAllocated" => ("No pitch", "grey"),
        _ => (status, "grey"),
    };
}
