using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Server.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

public static class AvailabilityApi
{
    private const int MaxDays = 62;

    public static RouteGroupBuilder MapAvailabilityApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sites/{siteId}").WithTags("Availability").AllowAnonymous();
        api.MapGet("/spaces/{spaceId}/availability", ForSpace)
            .WithSummary("Free time in a space between two local dates (inclusive, up to 62 days). Anyone may call; only busy times show, never who holds them.");
        api.MapGet("/availability", ForSite)
            .WithSummary("Free time in every space of a site between two local dates (inclusive, up to 62 days). Anyone may call.");
        return api;
    }

    private static async Task<Results<Ok<AvailabilityView>, ProblemHttpResult>> ForSpace(string siteId, string spaceId, string? from, string? to, IGrainFactory grains)
    {
        var (range, problem) = DateRangeQuery.Read(from, to, MaxDays);
        if (problem is not null) return problem;
        var space = grains.GetGrain<ISpaceGrain>(new SpaceRef(siteId, spaceId).Key);
        if (await space.Get() is not { } snapshot) return Problems.Missing("Space");
        return TypedResults.Ok(await View(space, snapshot.Space, snapshot.TimeZoneId, range.First, range.Last));
    }

    private static async Task<Results<Ok<IReadOnlyList<AvailabilityView>>, ProblemHttpResult>> ForSite(string siteId, string? from, string? to, IGrainFactory grains)
    {
        var (range, problem) = DateRangeQuery.Read(from, to, MaxDays);
        if (problem is not null) return problem;
        if (await grains.GetGrain<ISiteGrain>(siteId).Get() is not { } site) return Problems.Missing("Site");
        var spaces = await grains.GetGrain<ISiteGrain>(siteId).Spaces();
        var views = await Task.WhenAll(spaces.Select(s =>
        {
            var at = new SpaceRef(siteId, s.SpaceId);
            return View(grains.GetGrain<ISpaceGrain>(at.Key), at, site.TimeZoneId, range.First, range.Last);
        }));
        return TypedResults.Ok<IReadOnlyList<AvailabilityView>>(views);
    }

    private static async Task<AvailabilityView> View(ISpaceGrain space, SpaceRef at, string timeZoneId, LocalDate first, LocalDate last)
    {
        var zone = DateTimeZoneProviders.Tzdb[timeZoneId];
        var free = await space.FreeBetween(first, last);
        return new AvailabilityView(at.SiteId, at.SpaceId, timeZoneId, LocalClock.Format(first), LocalClock.Format(last), free.Select(i => SpanView.Of(i, zone)).ToList());
    }
}
