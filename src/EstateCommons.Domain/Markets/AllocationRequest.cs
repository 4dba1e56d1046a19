using EstateCommons.Domain.Estate;
using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// Everything needed to share out one market day's pitches. With no <see cref="Seed"/> the allocator picks one and
/// publishes it in the result, so any allocation can be re-run and checked.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AllocationRequest(
    LocalDate MarketDay,
    GeoPoint SiteLocation,
    PitchLayout Layout,
    IReadOnlyList<CategoryCap> Caps,
    IReadOnlyList<AllocationApplicant> Applicants,
    AllocationWeights Weights,
    int? Seed)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>(Layout.Validate());
        errors.AddRange(Weights.Validate());
        errors.AddRange(GeoPoint.Validate(SiteLocation.Latitude, SiteLocation.Longitude));
        if (Caps.Any(c => c.Maximum < 0)) errors.Add(new FieldError("caps", "A category cap cannot be negative."));
        if (Caps.GroupBy(c => c.Category, CategoryCap.CategoryComparer).Any(g => g.Count() > 1)) errors.Add(new FieldError("caps", "Give each category at most one cap."));
        if (Applicants.GroupBy(a => a.SellerId).Any(g => g.Count() > 1)) errors.Add(new FieldError("applicants", "Each seller can apply once per market day."));
        foreach (var applicant in Applicants) errors.AddRange(applicant.Validate(Layout));
        return errors;
    }
}
