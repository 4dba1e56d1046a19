using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;
using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Organisations;

/// <summary>
/// A charity, community group, NHS team or business: its details, members, and the spaces it has booked.
/// The spaces list (not every booking) is what lets an organisation's bookings be found without a
/// per-booking write here.
/// </summary>
public interface IOrganisationGrain : IGrainWithStringKey
{
    /// <summary>False when the id is taken (nothing changes).</summary>
    Task<bool> Create(string name, OrganisationKind kind, string? charityNumber, string creatorEmail);

    [ReadOnly]
    Task<Organisation?> Get();

    Task AddMember(string email);

    /// <summary>Remembers that the organisation booked in a space. Idempotent; writes only the first time.</summary>
    Task RecordSpaceUsed(SpaceRef space);

    [ReadOnly]
    Task<IReadOnlyList<SpaceRef>> SpacesUsed();
}
