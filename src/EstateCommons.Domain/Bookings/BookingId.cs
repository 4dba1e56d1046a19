using System.Security.Cryptography;
using EstateCommons.Domain.Spaces;
using NodaTime;

namespace EstateCommons.Domain.Bookings;

/// <summary>
/// Booking ids say where the booking lives: "site.space.yyyyMM.token". The space's calendar keeps
/// bookings in monthly pages, so the id alone finds the one grain and the one page to read.
/// </summary>
public static class BookingId
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New(SpaceRef space, YearMonth page) =>
        $"{space.SiteId}.{space.SpaceId}.{page.Year:D4}{page.Month:D2}.{RandomNumberGenerator.GetString(Alphabet, 12)}";

    public static bool TryParse(string? id, out SpaceRef space, out YearMonth page)
    {
        space = default;
        page = default;
        var parts = id?.Split('.');
        if (parts is not { Length: 4 } || !Slug.IsValid(parts[0]) || !Slug.IsValid(parts[1])) return false;
        if (parts[2].Length != 6 || !parts[2].All(char.IsAsciiDigit)) return false;
        var year = int.Parse(parts[2][..4], System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(parts[2][4..], System.Globalization.CultureInfo.InvariantCulture);
        if (year is < 2000 or > 9999 || month is < 1 or > 12 || parts[3].Length is 0 or > 32) return false;
        space = new SpaceRef(parts[0], parts[1]);
        page = new YearMonth(year, month);
        return true;
    }
}
