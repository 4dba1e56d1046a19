namespace EstateCommons.Domain.Markets;

/// <summary>A seller's pitches for the day and the points (before tie-break) the allocation gave them.</summary>
[GenerateSerializer, Immutable]
public sealed record PitchAssignment(string SellerId, IReadOnlyList<string> PitchIds, long Score);
