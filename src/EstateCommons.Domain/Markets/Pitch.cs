namespace EstateCommons.Domain.Markets;

/// <summary>One marked-out trading space at a food market, with the services it offers and the pitches beside it.</summary>
[GenerateSerializer, Immutable]
public sealed record Pitch(
    string Id,
    decimal WidthMetres,
    decimal DepthMetres,
    bool HasPower,
    bool HasWater,
    bool Covered,
    bool HotFoodAllowed,
    IReadOnlyList<string> AdjacentPitchIds)
{
    /// <summary>Whether this pitch gives the applicant the services they need (frontage is judged over a whole group).</summary>
    public bool Suits(AllocationApplicant applicant) =>
        (!applicant.NeedsPower || HasPower)
        && (!applicant.NeedsWater || HasWater)
        && (!applicant.CooksHotFood || HotFoodAllowed);
}
