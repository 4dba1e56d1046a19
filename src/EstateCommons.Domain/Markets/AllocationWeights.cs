namespace EstateCommons.Domain.Markets;

/// <summary>
/// How much each thing counts when pitches are shared out; all integers so the optimiser works exactly.
/// <see cref="PreferenceRank"/> multiplies the preference points (a pitch ranked r-th of N scores N − r + 1);
/// <see cref="Locality"/> is added once for a seller within <see cref="LocalRadiusKm"/> of the site (the NHS
/// anchor-institution "anchor area"); <see cref="Rotation"/> is added for each recent miss.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AllocationWeights(int PreferenceRank = 1, int Locality = 10, int LocalRadiusKm = 10, int Rotation = 5)
{
    public static readonly AllocationWeights Default = new();

    public IEnumerable<FieldError> Validate()
    {
        if (PreferenceRank < 0 || Locality < 0 || Rotation < 0) yield return new FieldError("weights", "Weights cannot be negative.");
        if (LocalRadiusKm < 0) yield return new FieldError("localRadiusKm", "The local radius cannot be negative.");
    }
}
