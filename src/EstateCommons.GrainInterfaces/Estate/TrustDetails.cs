using EstateCommons.Domain.Estate;

namespace EstateCommons.GrainInterfaces.Estate;

[GenerateSerializer, Immutable]
public sealed record TrustDetails(Trust Trust, IReadOnlyList<string> Managers, IReadOnlyList<string> SiteIds);
