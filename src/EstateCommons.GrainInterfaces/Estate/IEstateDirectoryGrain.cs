using EstateCommons.Domain.Estate;
using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Estate;

/// <summary>
/// The list of every site, for browsing. One instance (key 0); it changes only when a site is created,
/// so it stays small (the whole NHS estate is about 8,500 sites).
/// </summary>
public interface IEstateDirectoryGrain : IGrainWithIntegerKey
{
    Task AddSite(Site site);

    [ReadOnly]
    Task<IReadOnlyList<Site>> Sites();
}
