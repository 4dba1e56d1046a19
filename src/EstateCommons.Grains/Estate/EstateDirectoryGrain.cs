using EstateCommons.Domain.Estate;
using EstateCommons.GrainInterfaces.Estate;

namespace EstateCommons.Grains.Estate;

public sealed class EstateDirectoryGrain([PersistentState("directory", StorageNames.Estate)] IPersistentState<EstateDirectoryState> directory) : Grain, IEstateDirectoryGrain
{
    public async Task AddSite(Site site)
    {
        if (directory.State.Sites.Any(s => s.Id == site.Id)) return;
        directory.State.Sites.Add(site);
        await directory.WriteStateAsync();
    }

    public Task<IReadOnlyList<Site>> Sites() => Task.FromResult<IReadOnlyList<Site>>([.. directory.State.Sites]);
}
