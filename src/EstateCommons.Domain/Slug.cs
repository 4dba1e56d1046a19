using System.Text.RegularExpressions;

namespace EstateCommons.Domain;

/// <summary>
/// Ids that people choose for trusts, sites and spaces ("st-marys", "room-1"): lower-case letters,
/// digits and single hyphens. They appear in URLs and grain keys, so dots and slashes are kept out.
/// </summary>
public static partial class Slug
{
    public const int MaxLength = 64;

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(value);

    public static FieldError? Check(string field, string? value) =>
        IsValid(value)
            ? null
            : new FieldError(field, $"Use 1 to {MaxLength} lower-case letters, digits and single hyphens, like \"st-marys\".");

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Pattern();
}
