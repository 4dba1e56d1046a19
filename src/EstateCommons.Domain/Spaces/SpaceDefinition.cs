using EstateCommons.Domain.Calendar;

namespace EstateCommons.Domain.Spaces;

/// <summary>
/// Everything an estates manager says about a bookable space. <see cref="Cancellation"/> is null for spaces defined
/// before cancellation policies existed; they follow <see cref="CancellationPolicy.Default"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SpaceDefinition(
    string Name,
    SpaceKind Kind,
    int Capacity,
    IReadOnlyList<string> Facilities,
    Accessibility Accessibility,
    OpeningHours OpeningHours,
    IReadOnlyList<Closure> Closures,
    BookingRules Rules,
    Pricing Pricing,
    bool ApprovalRequired,
    CancellationPolicy? Cancellation = null)
{
    /// <summary>The policy cancellations follow: the one set, or the default.</summary>
    public CancellationPolicy CancellationPolicy => Cancellation ?? CancellationPolicy.Default;

    public bool HasFacility(string facility) => Facilities.Contains(facility, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200) errors.Add(new FieldError("name", "Give the space a name (up to 200 characters)."));
        if (Capacity is < 1 or > 100_000) errors.Add(new FieldError("capacity", "Capacity is the number of people the space holds, from 1 to 100000."));
        if (Facilities.Count > 50 || Facilities.Any(f => string.IsNullOrWhiteSpace(f) || f.Length > 60)) errors.Add(new FieldError("facilities", "List up to 50 facilities, each a short name."));
        if (Accessibility.Notes is { Length: > 2000 }) errors.Add(new FieldError("accessibility.notes", "Keep accessibility notes under 2000 characters."));
        if (Closures.Count > 500) errors.Add(new FieldError("closures", "At most 500 closures."));
        for (var i = 0; i < Closures.Count; i++)
        {
            if (Closures[i].To < Closures[i].From) errors.Add(new FieldError($"closures[{i}]", "A closure must end on or after the day it starts."));
            if (string.IsNullOrWhiteSpace(Closures[i].Reason)) errors.Add(new FieldError($"closures[{i}].reason", "Say why the space is closed; people booking see it."));
        }
        errors.AddRange(OpeningHours.Validate());
        errors.AddRange(Rules.Validate());
        errors.AddRange(Pricing.Validate());
        errors.AddRange(CancellationPolicy.Validate());
        return errors;
    }
}
