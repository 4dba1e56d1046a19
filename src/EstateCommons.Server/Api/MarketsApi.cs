using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

public static class MarketsApi
{
    public static RouteGroupBuilder MapMarketsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sites/{siteId}/markets").WithTags("Food markets");
        api.MapGet("/", ListMarkets).AllowAnonymous().WithSummary("The food markets at a site. Anyone may call.");
        api.MapGet("/{marketId}", GetMarket).AllowAnonymous()
            .WithSummary("A market: schedule, pitch layout, category caps, fee and windows. Anyone may call; managers of the site's trust also see standing pitches.");
        api.MapPut("/{marketId}", PutMarket).RequireAuthorization()
            .WithSummary("Create or replace a food market. Managers of the site's trust.");
        api.MapGet("/{marketId}/days", ListDays).AllowAnonymous()
            .WithSummary("The market's trading days between two local dates (default: the next 90 days), with opening times and when applications close. Anyone may call.");
        return api;
    }

    /// <summary>The market, or the problem to answer with when it (or its site) does not exist.</summary>
    internal static async Task<(MarketSnapshot? Market, ProblemHttpResult? Problem)> Market(string siteId, string marketId, IGrainFactory grains) =>
        await grains.GetGrain<IMarketGrain>(new MarketRef(siteId, marketId).Key).Get() is { } market
            ? (market, null)
            : (null, Problems.Missing("Market"));

    /// <summary>The market, when the caller manages its site's trust; otherwise the problem to answer with.</summary>
    internal static async Task<(MarketSnapshot? Market, ProblemHttpResult? Problem)> ManagedMarket(string siteId, string marketId, CallerAccessor caller, IGrainFactory grains)
    {
        var (market, problem) = await Market(siteId, marketId, grains);
        if (problem is not null) return (null, problem);
        if (await caller.Current() is not { } me) return (null, Problems.SignInRequired());
        if (!me.Manages(market!.Site.TrustId)) return (null, Problems.NotAllowed($"Only managers of trust \"{market.Site.TrustId}\" may do this."));
        return (market, null);
    }

    private static async Task<Results<Ok<IReadOnlyList<MarketListing>>, ProblemHttpResult>> ListMarkets(string siteId, IGrainFactory grains)
    {
        var site = grains.GetGrain<ISiteGrain>(siteId);
        if (await site.Get() is null) return Problems.Missing("Site");
        return TypedResults.Ok<IReadOnlyList<MarketListing>>((await site.Markets()).Select(m => new MarketListing(m.MarketId, m.Name, m.Location)).ToList());
    }

    private static async Task<Results<Ok<MarketView>, ProblemHttpResult>> GetMarket(string siteId, string marketId, CallerAccessor caller, IGrainFactory grains)
    {
        var (market, problem) = await Market(siteId, marketId, grains);
        if (problem is not null) return problem;
        var manager = await caller.Current() is { } me && me.Manages(market!.Site.TrustId);
        return TypedResults.Ok(MarketView.Of(market!, manager));
    }

    private static async Task<Results<Ok<MarketView>, ProblemHttpResult>> PutMarket(string siteId, string marketId, PutMarketRequest body, CallerAccessor caller, IGrainFactory grains)
    {
        var (site, problem) = await SitesApi.ManagedSite(siteId, caller, grains);
        if (problem is not null) return problem;
        var (market, errors) = await DefineMarket(site!, marketId, body, grains);
        return market is null ? Problems.Invalid(errors) : TypedResults.Ok(MarketView.Of(market, forManager: true));
    }

    /// <summary>Creates or replaces a market at a site the caller manages, or gives every problem with the request.</summary>
    internal static async Task<(MarketSnapshot? Market, List<FieldError> Errors)> DefineMarket(Site site, string marketId, PutMarketRequest body, IGrainFactory grains)
    {
        if (Slug.Check("marketId", marketId) is { } idError) return (null, [idError]);
        var errors = new List<FieldError>();
        var definition = MarketRequestReader.Read(body, errors);
        if (definition is null) return (null, errors);

        var market = grains.GetGrain<IMarketGrain>(new MarketRef(site.Id, marketId).Key);
        await market.Define(definition, new MarketSite(site.TrustId, site.Name, site.TimeZoneId, site.Location));
        return (await market.Get(), errors);
    }

    private static async Task<Results<Ok<IReadOnlyList<MarketDayListing>>, ProblemHttpResult>> ListDays(
        string siteId, string marketId, string? from, string? to, IGrainFactory grains, IClock clock)
    {
        var (market, problem) = await Market(siteId, marketId, grains);
        if (problem is not null) return problem;
        var zone = market!.Site.TimeZone;
        var today = clock.GetCurrentInstant().InZone(zone).Date;
        var (range, rangeProblem) = DateRangeQuery.Read(from, to, 366, today, today.PlusDays(89));
        if (rangeProblem is not null) return rangeProblem;
        var d = market.Definition;
        return TypedResults.Ok<IReadOnlyList<MarketDayListing>>(d.Schedule.MarketDays(range.First, range.Last)
            .Select(day => new MarketDayListing(LocalClock.Format(day), SpanView.Of(d.Schedule.OpeningOn(day, zone), zone),
                TimeText.Instant(d.Schedule.ApplicationsCloseAt(day, zone, d.ApplicationsCloseHoursBefore), zone)))
            .ToList());
    }
}
