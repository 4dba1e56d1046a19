using EstateCommons.Domain.Spaces;

namespace EstateCommons.GrainInterfaces.Estate;

/// <summary>What a site keeps about each of its spaces, enough to search them without waking every space.</summary>
[GenerateSerializer, Immutable]
public sealed record SpaceSummary(string SpaceId, string Name, SpaceKind Kind, int Capacity, IReadOnlyList<string> Facilities, Accessibility Accessibility);
