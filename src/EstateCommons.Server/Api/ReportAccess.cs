using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.Server.Auth;
using EstateCommons.Server.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

/// <summary>Reads a report's scope from the request, when the caller may see it; otherwise the problem to answer with.</summary>
public delegate Task<(ReportScope? Scope, ProblemHttpResult? Problem)> ReportScopeReader(HttpContext http, CallerAccessor caller, IGrainFactory grains);

/// <summary>
/// Who may read which reports: a site's or a trust's, its trust's managers (and the platform admin); the whole
/// estate's, the platform admin only.
/// </summary>
public static class ReportAccess
{
    /// <summary>A site from the route, or one of its spaces when the query names <c>spaceId</c>.</summary>
    public static async Task<(ReportScope? Scope, ProblemHttpResult? Problem)> Site(HttpContext http, CallerAccessor caller, IGrainFactory grains)
    {
        var (site, problem) = await SitesApi.ManagedSite((string)http.GetRouteValue("siteId")!, caller, grains);
        if (problem is not null) return (null, problem);
        string? spaceId = http.Request.Query["spaceId"];
        return await ReportScopes.Site(grains, site!, string.IsNullOrEmpty(spaceId) ? null : spaceId) is { } scope ? (scope, null) : (null, Problems.Missing("Space"));
    }

    public static async Task<(ReportScope? Scope, ProblemHttpResult? Problem)> Trust(HttpContext http, CallerAccessor caller, IGrainFactory grains)
    {
        var trustId = (string)http.GetRouteValue("trustId")!;
        if (await grains.GetGrain<ITrustGrain>(trustId).Get() is not { } trust) return (null, Problems.Missing("Trust"));
        if (await caller.Current() is not { } me) return (null, Problems.SignInRequired());
        if (!me.Manages(trustId)) return (null, Problems.NotAllowed($"Only managers of trust \"{trustId}\" see its reports."));
        return (await ReportScopes.Trust(grains, trust), null);
    }

    public static async Task<(ReportScope? Scope, ProblemHttpResult? Problem)> Estate(HttpContext http, CallerAccessor caller, IGrainFactory grains)
    {
        if (await caller.Current() is not { } me) return (null, Problems.SignInRequired());
        if (!me.IsPlatformAdmin) return (null, Problems.NotAllowed("Only the platform admin sees the whole estate's reports."));
        return (await ReportScopes.Estate(grains), null);
    }
}
