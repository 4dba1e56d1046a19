using EstateCommons.Domain.Calendar;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.WhatsOn;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

/// <summary>What is on at a site, for staff and visitors: as JSON for a date range, and as a calendar feed to subscribe to.</summary>
public static class WhatsOnApi
{
    private const int MaxDays = 62;
    private const int DefaultDays = 14;

    public static RouteGroupBuilder MapWhatsOnApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sites/{siteId}").WithTags("What's on").AllowAnonymous();
        api.MapGet("/whats-on", WhatsOn)
            .WithSummary("Market days (sellers, categories, pitch map) and charity services at a site, day by day between two local dates " +
                "(inclusive, up to 62 days; default today and the next 13 days). Nothing personal. Anyone may call.");
        api.MapGet("/calendar.ics", Feed)
            .Produces<string>(StatusCodes.Status200OK, SiteCalendar.ContentType)
            .WithSummary("The site's market days and charity services from 30 days ago to 180 days ahead as an iCalendar feed to subscribe to. Anyone may call.");
        return api;
    }

    private static async Task<Results<Ok<WhatsOnView>, ProblemHttpResult>> WhatsOn(string siteId, string? from, string? to, IGrainFactory grains, IClock clock)
    {
        if (await grains.GetGrain<ISiteGrain>(siteId).Get() is not { } site) return Problems.Missing("Site");
        var today = clock.GetCurrentInstant().InZone(site.TimeZone).Date;
        var start = LocalClock.TryParseDate(from, out var given) ? given : today;
        var (range, problem) = DateRangeQuery.Read(from, to, MaxDays, today, start.PlusDays(DefaultDays - 1));
        if (problem is not null) return problem;
        return TypedResults.Ok(WhatsOnView.Of(await new WhatsOnReader(grains).Read(site, range.First, range.Last)));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Feed(string siteId, IGrainFactory grains, IClock clock)
    {
        if (await grains.GetGrain<ISiteGrain>(siteId).Get() is not { } site) return Problems.Missing("Site");
        var now = clock.GetCurrentInstant();
        var today = now.InZone(site.TimeZone).Date;
        var schedule = await new WhatsOnReader(grains).Read(site, today.PlusDays(-SiteCalendar.DaysBack), today.PlusDays(SiteCalendar.DaysAhead));
        return TypedResults.Text(SiteCalendar.Ics(schedule, now), SiteCalendar.ContentType);
    }
}
