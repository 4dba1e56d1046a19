using System.Text.RegularExpressions;

namespace EstateCommons.Domain.Estate;

/// <summary>UK postcode shape check and normal form ("sw1a1aa" → "SW1A 1AA").</summary>
public static partial class UkPostcode
{
    public static bool IsValid(string value) => Pattern().IsMatch(Compact(value));

    public static string Normalise(string value)
    {
        var compact = Compact(value);
        return compact.Length > 3 ? $"{compact[..^3]} {compact[^3..]}" : compact;
    }

    private static string Compact(string value) => value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}\z")]
    private static partial Regex Pattern();
}
