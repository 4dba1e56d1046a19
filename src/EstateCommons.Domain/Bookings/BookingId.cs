using System.Globalization;
using System.Security.Cryptography;
using EstateCommons.Domain.Spaces;
using NodaTime;
using NodaTime.Text;

namespace EstateCommons.Domain.Bookings;

/// <summary>
/// Booking ids say where the booking lives: "site.space.yyyyMMdd.token". A space's calendar keeps bookings
/// in daily pages (by the UTC date of their start), so the id alone finds the one grain and the one page to read.
/// </summary>
public static class BookingId
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    private static readonly LocalDatePattern PagePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    public static string New(SpaceRef space, LocalDate page) =>
        $"{space.SiteId}.{space.SpaceId}.{PagePattern.Format(page)}.{NewToken()}";

    /// <summary>An unguessable 12-character token, as ids end with; series ids use it alone.</summary>
    public static string NewToken() => RandomNumberGenerator.GetString(Alphabet, 12);

    public static bool TryParse(string? id, out SpaceRef space, out LocalDate page)
    {
        space = default;
        page = default;
        var parts = id?.Split('.');
        if (parts is not { Length: 4 } || !Slug.IsValid(parts[0]) || !Slug.IsValid(parts[1])) return false;
        if (parts[2].Length != 8 || !parts[2].All(char.IsAsciiDigit) || parts[3].Length is 0 or > 32) return false;
        var parsed = PagePattern.Parse(parts[2]);
        if (!parsed.Success || parsed.Value.Year < 2000) return false;
        space = new SpaceRef(parts[0], parts[1]);
        page = parsed.Value;
        return true;
    }
}
