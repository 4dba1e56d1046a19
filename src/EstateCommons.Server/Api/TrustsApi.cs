using EstateCommons.Domain.Estate;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

public static class TrustsApi
{
    public static RouteGroupBuilder MapTrustsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/trusts").WithTags("Trusts and sites").RequireAuthorization();
        api.MapPost("/", CreateTrust).WithSummary("Create a trust. Platform admin only.");
        api.MapGet("/{trustId}", GetTrust).WithSummary("A trust, its managers and sites. Platform admin or the trust's managers.");
        api.MapPost("/{trustId}/managers", AddManager).WithSummary("Make a registered account an estates manager of the trust. Platform admin or the trust's managers.");
        api.MapPost("/{trustId}/sites", CreateSite).WithSummary("Add a site to the trust. Platform admin or the trust's managers.");
        return api;
    }

    private static async Task<Results<Created<TrustView>, ProblemHttpResult>> CreateTrust(CreateTrustRequest body, CallerAccessor caller, IGrainFactory grains)
    {
        if (await caller.Current() is not { IsPlatformAdmin: true }) return Problems.NotAllowed("Only the platform admin creates trusts.");
        var errors = Trust.Validate(body.Id, body.Name);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var trust = grains.GetGrain<ITrustGrain>(body.Id!);
        if (!await trust.Create(body.Name!.Trim())) return Problems.Exists($"Trust \"{body.Id}\" already exists.");
        return TypedResults.Created($"/api/trusts/{body.Id}", TrustView.Of((await trust.Get())!));
    }

    private static async Task<Results<Ok<TrustView>, ProblemHttpResult>> GetTrust(string trustId, CallerAccessor caller, IGrainFactory grains)
    {
        if (await grains.GetGrain<ITrustGrain>(trustId).Get() is not { } trust) return Problems.Missing("Trust");
        if (await caller.Current() is not { } me || !me.Manages(trustId)) return Problems.NotAllowed("Only the trust's managers see its details.");
        return TypedResults.Ok(TrustView.Of(trust));
    }

    private static async Task<Results<Ok<TrustView>, ProblemHttpResult>> AddManager(string trustId, AddManagerRequest body, CallerAccessor caller, IGrainFactory grains)
    {
        var trust = grains.GetGrain<ITrustGrain>(trustId);
        if (await trust.Get() is null) return Problems.Missing("Trust");
        if (await caller.Current() is not { } me || !me.Manages(trustId)) return Problems.NotAllowed("Only the trust's managers (or the platform admin) add managers.");
        var (email, account, accountProblem) = await AccountsApi.Registered(body.Email, grains);
        if (accountProblem is not null) return accountProblem;
        await account!.AddManagedTrust(trustId);
        await trust.AddManager(email!);
        return TypedResults.Ok(TrustView.Of((await trust.Get())!));
    }

    private static async Task<Results<Created<SiteView>, ProblemHttpResult>> CreateSite(string trustId, CreateSiteRequest body, CallerAccessor caller, IGrainFactory grains)
    {
        var trust = grains.GetGrain<ITrustGrain>(trustId);
        if (await trust.Get() is null) return Problems.Missing("Trust");
        if (await caller.Current() is not { } me || !me.Manages(trustId)) return Problems.NotAllowed("Only the trust's managers add its sites.");
        var (site, errors, idTaken) = await AddSite(trustId, body, grains);
        if (idTaken) return Problems.Exists(errors[0].Message);
        if (site is null) return Problems.Invalid(errors);
        return TypedResults.Created($"/api/sites/{site.Id}", SiteView.Of(site));
    }

    /// <summary>
    /// Adds a site to a trust the caller manages, or gives every problem with the request; when the id is already
    /// taken, <c>IdTaken</c> is set and the one error says so.
    /// </summary>
    internal static async Task<(Site? Site, List<FieldError> Errors, bool IdTaken)> AddSite(string trustId, CreateSiteRequest body, IGrainFactory grains)
    {
        var errors = Site.Validate(body.Id, body.Name, body.TimeZone, body.Latitude ?? double.NaN, body.Longitude ?? double.NaN, body.Postcode).ToList();
        if (errors.Count > 0) return (null, errors, false);

        var site = new Site(body.Id!, trustId, body.Name!.Trim(), body.TimeZone ?? Site.DefaultTimeZoneId,
            new GeoPoint(body.Latitude!.Value, body.Longitude!.Value), UkPostcode.Normalise(body.Postcode!));
        if (!await grains.GetGrain<ISiteGrain>(site.Id).Create(site)) return (null, [new FieldError("id", $"Site \"{site.Id}\" already exists.")], true);
        await grains.GetGrain<ITrustGrain>(trustId).AddSite(site.Id);
        await grains.GetGrain<IEstateDirectoryGrain>(0).AddSite(site);
        return (site, errors, false);
    }
}
