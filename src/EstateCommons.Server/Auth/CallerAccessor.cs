using System.Security.Claims;
using EstateCommons.GrainInterfaces.Accounts;

namespace EstateCommons.Server.Auth;

/// <summary>The signed-in account behind a request, with its current roles (read once per request).</summary>
public sealed class CallerAccessor(IHttpContextAccessor http, IGrainFactory grains)
{
    private AccountProfile? _profile;
    private bool _loaded;

    public async Task<AccountProfile?> Current()
    {
        if (_loaded) return _profile;
        _loaded = true;
        var email = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        _profile = email is null ? null : await grains.GetGrain<IAccountGrain>(email).GetProfile();
        return _profile;
    }
}
