using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Spaces;

namespace EstateCommons.GrainInterfaces.Spaces;

/// <summary>A space as its calendar grain knows it: its definition, the site facts it needs, and its licences.</summary>
[GenerateSerializer, Immutable]
public sealed record SpaceSnapshot(SpaceRef Space, string TrustId, string TimeZoneId, SpaceDefinition Definition, IReadOnlyList<Licence> Licences);
