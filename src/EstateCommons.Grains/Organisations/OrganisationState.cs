using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;

namespace EstateCommons.Grains.Organisations;

public sealed class OrganisationState
{
    public Organisation? Organisation { get; set; }
    public List<SpaceRef> SpacesUsed { get; set; } = [];
}
