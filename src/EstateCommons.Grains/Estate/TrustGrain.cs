using EstateCommons.Domain.Estate;
using EstateCommons.GrainInterfaces.Estate;

namespace EstateCommons.Grains.Estate;

public sealed class TrustGrain([PersistentState("trust", StorageNames.Estate)] IPersistentState<TrustState> trust) : Grain, ITrustGrain
{
    public async Task<bool> Create(string name)
    {
        if (trust.State.Name is not null) return false;
        trust.State = new TrustState { Name = name };
        await trust.WriteStateAsync();
        return true;
    }

    public Task<TrustDetails?> Get() => Task.FromResult(trust.State.Name is null
        ? null
        : new TrustDetails(new Trust(this.GetPrimaryKeyString(), trust.State.Name), [.. trust.State.Managers], [.. trust.State.SiteIds]));

    public async Task AddManager(string email)
    {
        if (trust.State.Managers.Contains(email)) return;
        trust.State.Managers.Add(email);
        await trust.WriteStateAsync();
    }

    public async Task AddSite(string siteId)
    {
        if (trust.State.SiteIds.Contains(siteId)) return;
        trust.State.SiteIds.Add(siteId);
        await trust.WriteStateAsync();
    }
}
