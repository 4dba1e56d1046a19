using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

public static class SitesApi
{
    public static RouteGroupBuilder MapSitesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sites").WithTags("Trusts and sites");
        api.MapGet("/", ListSites).AllowAnonymous().WithSummary("Every site. Anyone may call.");
        api.MapGet("/{siteId}", GetSite).AllowAnonymous().WithSummary("A site. Anyone may call.");
        api.MapGet("/{siteId}/spaces", SearchSpaces).AllowAnonymous()
            .WithSummary("Spaces at a site, filtered by kind, minCapacity, facility (repeatable), stepFree, and freeFrom/freeTo (local date-times). Anyone may call.");
        api.MapGet("/{siteId}/spaces/{spaceId}", GetSpace).AllowAnonymous().WithSummary("A space, its rules, prices and licences. Anyone may call.");
        api.MapPut("/{siteId}/spaces/{spaceId}", PutSpace).RequireAuthorization()
            .WithSummary("Create or replace a space, with its cancellation policy (cancellation.fullRefundHoursBefore, default 48). Managers of the site's trust.");
        return api;
    }

    /// <summary>The site, when the caller manages its trust; otherwise the problem to answer with.</summary>
    internal static async Task<(Site? Site, ProblemHttpResult? Problem)> ManagedSite(string siteId, CallerAccessor caller, IGrainFactory grains)
    {
        if (await grains.GetGrain<ISiteGrain>(siteId).Get() is not { } site) return (null, Problems.Missing("Site"));
        if (await caller.Current() is not { } me) return (null, Problems.SignInRequired());
        if (!me.Manages(site.TrustId)) return (null, Problems.NotAllowed($"Only managers of trust \"{site.TrustId}\" may do this."));
        return (site, null);
    }

    private static async Task<Ok<IReadOnlyList<SiteView>>> ListSites(IGrainFactory grains) =>
        TypedResults.Ok<IReadOnlyList<SiteView>>((await grains.GetGrain<IEstateDirectoryGrain>(0).Sites()).Select(SiteView.Of).ToList());

    private static async Task<Results<Ok<SiteView>, ProblemHttpResult>> GetSite(string siteId, IGrainFactory grains) =>
        await grains.GetGrain<ISiteGrain>(siteId).Get() is { } site ? TypedResults.Ok(SiteView.Of(site)) : Problems.Missing("Site");

    private static async Task<Results<Ok<SpaceView>, ProblemHttpResult>> GetSpace(string siteId, string spaceId, IGrainFactory grains) =>
        await grains.GetGrain<ISpaceGrain>(new SpaceRef(siteId, spaceId).Key).Get() is { } space ? TypedResults.Ok(SpaceView.Of(space)) : Problems.Missing("Space");

    private static async Task<Results<Ok<SpaceView>, ProblemHttpResult>> PutSpace(string siteId, string spaceId, PutSpaceRequest body, CallerAccessor caller, IGrainFactory grains)
    {
        var (site, problem) = await ManagedSite(siteId, caller, grains);
        if (problem is not null) return problem;
        var (space, errors) = await DefineSpace(site!, spaceId, body, grains);
        return space is null ? Problems.Invalid(errors) : TypedResults.Ok(SpaceView.Of(space));
    }

    /// <summary>Creates or replaces a space at a site the caller manages, or gives every problem with the request.</summary>
    internal static async Task<(SpaceSnapshot? Space, List<FieldError> Errors)> DefineSpace(Site site, string spaceId, PutSpaceRequest body, IGrainFactory grains)
    {
        if (Slug.Check("spaceId", spaceId) is { } idError) return (null, [idError]);
        var errors = new List<FieldError>();
        var definition = SpaceRequestReader.Read(body, errors);
        if (definition is null) return (null, errors);

        var space = grains.GetGrain<ISpaceGrain>(new SpaceRef(site.Id, spaceId).Key);
        await space.Define(definition, new SiteContext(site.TrustId, site.TimeZoneId, site.Name));
        return (await space.Get(), errors);
    }

    private static async Task<Results<Ok<IReadOnlyList<SpaceListing>>, ProblemHttpResult>> SearchSpaces(
        string siteId, string? kind, int? minCapacity, string[]? facility, bool? stepFree, string? freeFrom, string? freeTo, IGrainFactory grains)
    {
        if (await grains.GetGrain<ISiteGrain>(siteId).Get() is not { } site) return Problems.Missing("Site");
        SpaceKind? wantedKind = null;
        if (kind is not null)
        {
            if (!Enum.TryParse<SpaceKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)) return Problems.Invalid("kind", $"Kind must be one of {string.Join(", ", Enum.GetNames<SpaceKind>())}.");
            wantedKind = parsed;
        }
        Interval? wantedFree = null;
        if (freeFrom is not null || freeTo is not null)
        {
            if (!LocalClock.TryParseDateTime(freeFrom, out var from) || !LocalClock.TryParseDateTime(freeTo, out var to))
            {
                return Problems.Invalid("freeFrom", "Give both freeFrom and freeTo as local date-times such as 2027-03-01T09:00.");
            }
            var zone = site.TimeZone;
            var interval = new Interval(zone.AtLeniently(from).ToInstant(), zone.AtLeniently(to).ToInstant());
            if (interval.Duration <= Duration.Zero || interval.Duration > Duration.FromDays(7)) return Problems.Invalid("freeTo", "freeTo must be after freeFrom, within 7 days.");
            wantedFree = interval;
        }

        var candidates = SpaceSearch.Matching(await grains.GetGrain<ISiteGrain>(siteId).Spaces(), wantedKind, minCapacity, facility, stepFree).ToList();
        if (wantedFree is { } free)
        {
            var checks = candidates.Select(async s => (s, await SpaceSearch.IsFree(grains, new SpaceRef(siteId, s.SpaceId), free, site.TimeZone)));
            candidates = (await Task.WhenAll(checks)).Where(c => c.Item2).Select(c => c.s).ToList();
        }
        return TypedResults.Ok<IReadOnlyList<SpaceListing>>(candidates.Select(SpaceListing.Of).ToList());
    }
}
