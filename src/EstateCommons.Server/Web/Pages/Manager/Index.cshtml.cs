using EstateCommons.Server.Auth;

namespace EstateCommons.Server.Web.Pages.Manager;

/// <summary>The estates manager's home: the trusts they manage and each site's markets, spaces and reports.</summary>
public sealed class IndexModel(IGrainFactory grains, CallerAccessor caller) : ManagerPage
{
    public IReadOnlyList<ManagedTrust> Trusts { get; private set; } = [];

    public async Task OnGet()
    {
        if (await caller.Current() is { } me) Trusts = await ManagedEstate.Of(me, grains);
    }
}
