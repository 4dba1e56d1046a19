using System.Text.RegularExpressions;

namespace EstateCommons.Domain.Sellers;

/// <summary>
/// A product category ("vegetables", "honey", "hot-food"): the unit category caps count in. Written like a slug so
/// that "Honey" and "honey " cannot become two categories and slip past a cap.
/// </summary>
public static partial class ProductCategory
{
    public const string Rule = "Write categories in lower case with hyphens, such as \"honey\" or \"hot-food\" (up to 40 characters).";

    public static bool IsValid(string? category) => category is { Length: > 0 and <= 40 } && Pattern().IsMatch(category);

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Pattern();
}
