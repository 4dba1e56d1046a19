namespace EstateCommons.Domain.Markets;

/// <summary>What a seller's pitch fee is worked out from: the pitches they trade from, their frontage and the day's visitors.</summary>
[GenerateSerializer, Immutable]
public sealed record FeeBasis(int Pitches, decimal FrontageMetres, long Visitors)
{
    /// <summary>The basis for a seller trading from <paramref name="pitches"/>, whose frontage is the width of them all.</summary>
    public static FeeBasis For(IReadOnlyCollection<Pitch> pitches, long visitors) =>
        new(pitches.Count, pitches.Sum(p => p.WidthMetres), visitors);

    public IEnumerable<FieldError> Validate()
    {
        if (Pitches < 1) yield return new FieldError("pitches", "A fee is charged for at least one pitch.");
        if (FrontageMetres < 0) yield return new FieldError("frontageMetres", "Frontage cannot be negative.");
        if (Visitors < 0) yield return new FieldError("visitors", "A visitor count cannot be negative.");
    }
}
