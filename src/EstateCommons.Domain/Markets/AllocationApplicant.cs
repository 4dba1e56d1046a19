using EstateCommons.Domain.Estate;
using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// A seller asking for pitches on one market day: what they need, which pitches they would like (best first),
/// how many side-by-side pitches they want, what they sell that day and whether their paperwork is in date.
/// <see cref="StandingPitchIds"/> are a regular trader's usual pitches, honoured first when they still suit;
/// <see cref="RecentMisses"/> counts recent days they went without (or with a poor pitch), so rotation can favour them.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AllocationApplicant(
    string SellerId,
    GeoPoint Location,
    bool NeedsPower,
    bool NeedsWater,
    bool CooksHotFood,
    decimal? MinimumFrontageMetres,
    IReadOnlyList<string> RankedPitchPreferences,
    int AdjacentPitchesWanted,
    IReadOnlyList<string> Categories,
    LocalDate? InsuranceExpires,
    int? HygieneRating,
    IReadOnlyList<string> StandingPitchIds,
    int RecentMisses)
{
    public const int MostAdjacentPitches = 4;

    /// <summary>Public liability insurance must be held and run at least to the end of the market day.</summary>
    public bool IsCompliantOn(LocalDate marketDay) => InsuranceExpires is { } expires && expires >= marketDay;

    public IEnumerable<FieldError> Validate(PitchLayout layout)
    {
        if (string.IsNullOrWhiteSpace(SellerId)) yield return new FieldError("sellerId", "Every applicant needs a seller id.");
        if (AdjacentPitchesWanted is < 1 or > MostAdjacentPitches) yield return new FieldError("adjacentPitchesWanted", $"Seller {SellerId} can ask for 1 to {MostAdjacentPitches} adjacent pitches.");
        if (MinimumFrontageMetres is <= 0) yield return new FieldError("minimumFrontageMetres", $"Seller {SellerId}'s minimum frontage must be positive when given.");
        if (HygieneRating is < 0 or > 5) yield return new FieldError("hygieneRating", $"Seller {SellerId}'s food hygiene rating must be 0 to 5.");
        if (RecentMisses < 0) yield return new FieldError("recentMisses", $"Seller {SellerId}'s recent misses cannot be negative.");
        if (RankedPitchPreferences.Distinct().Count() != RankedPitchPreferences.Count) yield return new FieldError("rankedPitchPreferences", $"Seller {SellerId} ranks a pitch more than once.");
        foreach (var id in RankedPitchPreferences.Concat(StandingPitchIds).Where(id => layout.IndexOf(id) < 0).Distinct())
        {
            yield return new FieldError("rankedPitchPreferences", $"Seller {SellerId} names pitch {id}, which is not in the layout.");
        }
    }
}
