using EstateCommons.Domain.Sellers;
using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// A seller's application for one market day: the pitches they would like (best first), how many side by side,
/// the frontage they need, and what they will sell that day. A later application from the same seller replaces it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MarketApplication(
    string SellerId,
    IReadOnlyList<string> RankedPitchPreferences,
    int AdjacentPitchesWanted,
    decimal? MinimumFrontageMetres,
    IReadOnlyList<string> Categories,
    string AppliedBy,
    Instant AppliedAt,
    Instant? WithdrawnAt = null)
{
    public const int MostPreferences = 10;

    public bool IsWithdrawn => WithdrawnAt is not null;

    public IReadOnlyList<FieldError> Validate(PitchLayout layout)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(SellerId)) errors.Add(new FieldError("sellerId", "Say which seller is applying."));
        if (AdjacentPitchesWanted is < 1 or > AllocationApplicant.MostAdjacentPitches)
        {
            errors.Add(new FieldError("adjacentPitches", $"Ask for 1 to {AllocationApplicant.MostAdjacentPitches} pitches side by side."));
        }
        if (MinimumFrontageMetres is <= 0 or > 100) errors.Add(new FieldError("minimumFrontageMetres", "Frontage is a positive number of metres."));
        if (RankedPitchPreferences.Count > MostPreferences) errors.Add(new FieldError("pitchPreferences", $"Rank at most {MostPreferences} pitches."));
        if (RankedPitchPreferences.Distinct().Count() != RankedPitchPreferences.Count) errors.Add(new FieldError("pitchPreferences", "Rank each pitch once."));
        foreach (var id in RankedPitchPreferences.Where(id => layout.IndexOf(id) < 0).Distinct())
        {
            errors.Add(new FieldError("pitchPreferences", $"This market has no pitch \"{id}\"."));
        }
        if (Categories.Count is 0 or > SellerProfile.MaxCategories) errors.Add(new FieldError("categories", $"Say what you will sell that day: 1 to {SellerProfile.MaxCategories} categories."));
        if (Categories.Any(c => !ProductCategory.IsValid(c))) errors.Add(new FieldError("categories", ProductCategory.Rule));
        return errors;
    }
}
