using EstateCommons.Domain;
using EstateCommons.Domain.Bookings;

namespace EstateCommons.GrainInterfaces.Spaces;

/// <summary>The answer to placing a licence: saved, or the bookings and licences it would overlap.</summary>
[GenerateSerializer, Immutable]
public sealed record LicenceOutcome(bool Saved, IReadOnlyList<Clash> Clashes, IReadOnlyList<FieldError> Errors);
