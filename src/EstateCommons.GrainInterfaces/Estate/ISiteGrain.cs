using EstateCommons.Domain.Estate;

namespace EstateCommons.GrainInterfaces.Estate;

/// <summary>A hospital site: its details and time zone, and a summary of each of its spaces.</summary>
public interface ISiteGrain : IGrainWithStringKey
{
    /// <summary>False when a site with this id already exists (nothing changes).</summary>
    Task<bool> Create(Site site);

    Task<Site?> Get();

    Task RecordSpace(SpaceSummary summary);

    Task<IReadOnlyList<SpaceSummary>> Spaces();
}
