using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;

namespace EstateCommons.Domain.Sellers;

/// <summary>
/// A farmer's or local seller's business as markets see it: its name and kind (which decides fee concessions), where it
/// is (for the local-producer bonus), what it sells, what it needs at a pitch, a public description for "what's on",
/// and its compliance records.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SellerProfile(
    string BusinessName,
    SellerBusinessType BusinessType,
    string Postcode,
    GeoPoint Location,
    IReadOnlyList<string> Categories,
    SellerNeeds Needs,
    string PublicDescription,
    SellerCompliance Compliance)
{
    public const int MaxCategories = 10;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(BusinessName) || BusinessName.Length > 200) errors.Add(new FieldError("businessName", "Give the business name (up to 200 characters)."));
        if (!Enum.IsDefined(BusinessType)) errors.Add(new FieldError("businessType", $"Business type must be one of {string.Join(", ", Enum.GetNames<SellerBusinessType>())}."));
        if (Postcode is null || !UkPostcode.IsValid(Postcode)) errors.Add(new FieldError("postcode", "Give a UK postcode such as \"B15 2TT\"."));
        errors.AddRange(GeoPoint.Validate(Location.Latitude, Location.Longitude));
        if (Categories.Count is 0 or > MaxCategories) errors.Add(new FieldError("categories", $"Name 1 to {MaxCategories} product categories, such as \"vegetables\" or \"honey\"."));
        if (Categories.Any(c => !ProductCategory.IsValid(c))) errors.Add(new FieldError("categories", ProductCategory.Rule));
        if (PublicDescription is { Length: > 1000 }) errors.Add(new FieldError("publicDescription", "Keep the public description under 1000 characters."));
        errors.AddRange(Compliance.Validate());
        return errors;
    }
}

/// <summary>What a seller needs from a pitch.</summary>
[GenerateSerializer, Immutable]
public sealed record SellerNeeds(bool Power, bool Water, bool CooksHotFood);
