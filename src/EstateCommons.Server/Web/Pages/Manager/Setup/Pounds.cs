using System.Globalization;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>Amounts typed in pounds ("12.50", "£3") as the pence the API takes, and back.</summary>
public static class Pounds
{
    /// <summary>False when the text is not an amount of money; empty text is no amount.</summary>
    public static bool TryPence(string? text, out long? pence)
    {
        pence = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!decimal.TryParse(text.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var pounds)) return false;
        pence = (long)Math.Round(pounds * 100);
        return true;
    }

    public static string? Of(long? pence) => pence is { } p ? (p / 100m).ToString("0.00", CultureInfo.InvariantCulture) : null;
}
