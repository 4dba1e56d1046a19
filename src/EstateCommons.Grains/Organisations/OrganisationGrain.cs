using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Organisations;

namespace EstateCommons.Grains.Organisations;

public sealed class OrganisationGrain([PersistentState("organisation", StorageNames.Estate)] IPersistentState<OrganisationState> organisation) : Grain, IOrganisationGrain
{
    public async Task<bool> Create(string name, OrganisationKind kind, string? charityNumber, string creatorEmail)
    {
        if (organisation.State.Organisation is not null) return false;
        organisation.State = new OrganisationState
        {
            Organisation = new Organisation(this.GetPrimaryKeyString(), name, kind, charityNumber, [creatorEmail]),
        };
        await organisation.WriteStateAsync();
        return true;
    }

    public Task<Organisation?> Get() => Task.FromResult(organisation.State.Organisation);

    public async Task AddMember(string email)
    {
        var current = organisation.State.Organisation ?? throw new InvalidOperationException("No such organisation.");
        if (current.HasMember(email)) return;
        organisation.State.Organisation = current.WithMember(email);
        await organisation.WriteStateAsync();
    }

    public async Task RecordSpaceUsed(SpaceRef space)
    {
        if (organisation.State.SpacesUsed.Contains(space)) return;
        organisation.State.SpacesUsed.Add(space);
        await organisation.WriteStateAsync();
    }

    public Task<IReadOnlyList<SpaceRef>> SpacesUsed() => Task.FromResult<IReadOnlyList<SpaceRef>>([.. organisation.State.SpacesUsed]);
}
