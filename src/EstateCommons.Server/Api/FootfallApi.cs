using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

public static class FootfallApi
{
    public static RouteGroupBuilder MapFootfallApi(this IEndpointRouteBuilder app)
    {
        // Counters are devices, not people: they send their own token, which the bearer-token handler leaves alone.
        app.MapPost("/api/footfall/batches", RecordBatch).AllowAnonymous().WithTags("Footfall")
            .WithSummary("Upload a counter's readings (Authorization: Counter <token>). A batch id sent again is not counted twice. Registered counters only.");

        var market = app.MapGroup("/api/sites/{siteId}/markets/{marketId}").WithTags("Footfall").RequireAuthorization();
        market.MapPost("/counters", RegisterCounter)
            .WithSummary("Register a footfall counter; the answer holds its token, shown this once. Managers of the site's trust.");
        market.MapGet("/counters", ListCounters).WithSummary("The market's registered counters, without their tokens. Managers of the site's trust.");
        market.MapDelete("/counters/{counterId}", RevokeCounter)
            .WithSummary("Revoke a counter: its token stops working; what it counted stays. Managers of the site's trust.");
        market.MapGet("/days/{date}/footfall", DayFootfall)
            .WithSummary("Visitors counted on a market day within its opening hours, in total and per local hour. Managers of the site's trust.");
        market.MapPost("/days/{date}/footfall/tallies", AddTally)
            .WithSummary("Record visitors counted by hand between two local times of a market day. Managers of the site's trust.");
        return market;
    }

    private static async Task<Results<Ok<FootfallBatchAccepted>, ProblemHttpResult>> RecordBatch(
        FootfallBatchRequest body, HttpRequest request, IGrainFactory grains, IClock clock)
    {
        if (CounterToken.FromHeader(request.Headers.Authorization) is not { } token
            || await grains.GetGrain<IFootfallCounterGrain>(CounterToken.Hash(token)).Get() is not { } counter)
        {
            return Problems.CounterNotRecognised();
        }
        var errors = new List<FieldError>();
        var batch = FootfallBatchReader.Read(body, counter.CounterId, clock.GetCurrentInstant(), errors);
        if (batch is null) return Problems.Invalid(errors);
        if (await grains.GetGrain<IMarketGrain>(counter.Market.Key).Get() is not { } market) return Problems.Missing("Market");

        // Each local day's readings go to that day's ledger; a batch re-sent is a repeat on every day it touches.
        var parts = batch.ByLocalDate(market.Site.TimeZone).ToList();
        var recorded = await Task.WhenAll(parts.Select(p => grains.GetGrain<IMarketFootfallGrain>(counter.Market.On(p.Date).Key).Record(p.Part)));
        var readings = parts.Where((_, i) => recorded[i]).Sum(p => p.Part.Readings.Count);
        return TypedResults.Ok(new FootfallBatchAccepted(readings, Repeat: !recorded.Contains(true)));
    }

    private static async Task<Results<Created<CounterRegistered>, ProblemHttpResult>> RegisterCounter(
        string siteId, string marketId, RegisterCounterRequest body, CallerAccessor caller, IGrainFactory grains, HttpResponse response)
    {
        var (market, problem) = await MarketsApi.ManagedMarket(siteId, marketId, caller, grains);
        if (problem is not null) return problem;
        var name = body.Name?.Trim();
        if (name is not { Length: > 0 and <= 100 }) return Problems.Invalid("name", "Name the counter in up to 100 characters, such as \"North gate\".");

        var token = CounterToken.New();
        var counter = CounterView.Of(await grains.GetGrain<IMarketCountersGrain>(market!.Ref.Key).Register(name, CounterToken.Hash(token)), market.Site.TimeZone);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/sites/{siteId}/markets/{marketId}/counters", new CounterRegistered(counter.Id, counter.Name, counter.RegisteredAt, token));
    }

    private static async Task<Results<Ok<IReadOnlyList<CounterView>>, ProblemHttpResult>> ListCounters(string siteId, string marketId, CallerAccessor caller, IGrainFactory grains)
    {
        var (market, problem) = await MarketsApi.ManagedMarket(siteId, marketId, caller, grains);
        if (problem is not null) return problem;
        var counters = await grains.GetGrain<IMarketCountersGrain>(market!.Ref.Key).List();
        return TypedResults.Ok<IReadOnlyList<CounterView>>(counters.Select(c => CounterView.Of(c, market.Site.TimeZone)).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeCounter(string siteId, string marketId, string counterId, CallerAccessor caller, IGrainFactory grains)
    {
        var (market, problem) = await MarketsApi.ManagedMarket(siteId, marketId, caller, grains);
        if (problem is not null) return problem;
        return await grains.GetGrain<IMarketCountersGrain>(market!.Ref.Key).Revoke(counterId) ? TypedResults.NoContent() : Problems.Missing("Counter");
    }

    private static async Task<Results<Ok<MarketDayFootfallView>, ProblemHttpResult>> DayFootfall(
        string siteId, string marketId, string date, CallerAccessor caller, IGrainFactory grains)
    {
        var (market, problem) = await MarketsApi.ManagedMarket(siteId, marketId, caller, grains);
        if (problem is not null) return problem;
        var (day, dayProblem) = MarketDay(market!, date);
        if (dayProblem is not null) return dayProblem;
        return TypedResults.Ok(await View(market!, day, grains.GetGrain<IMarketFootfallGrain>(day.Key)));
    }

    private static async Task<Results<Created<MarketDayFootfallView>, ProblemHttpResult>> AddTally(
        string siteId, string marketId, string date, ManualTallyRequest body, CallerAccessor caller, IGrainFactory grains, IClock clock)
    {
        var (market, problem) = await MarketsApi.ManagedMarket(siteId, marketId, caller, grains);
        if (problem is not null) return problem;
        var (day, dayProblem) = MarketDay(market!, date);
        if (dayProblem is not null) return dayProblem;
        var me = (await caller.Current())!;
        var errors = new List<FieldError>();
        var tally = ManualTallyReader.Read(body, day.Date, market!.Site.TimeZone, me.Email, clock.GetCurrentInstant(), errors);
        if (tally is null) return Problems.Invalid(errors);

        var footfall = grains.GetGrain<IMarketFootfallGrain>(day.Key);
        await footfall.Record(tally);
        return TypedResults.Created($"/api/sites/{siteId}/markets/{marketId}/days/{LocalClock.Format(day.Date)}/footfall", await View(market, day, footfall));
    }

    private static (MarketDayRef Day, ProblemHttpResult? Problem) MarketDay(MarketSnapshot market, string date)
    {
        if (!LocalClock.TryParseDate(date, out var day)) return (default, Problems.Invalid("date", "Give the market day as a local date, such as 2027-06-12."));
        return market.Definition.Schedule.IsMarketDay(day) ? (market.Ref.On(day), null) : (default, Problems.Missing("Market day"));
    }

    private static async Task<MarketDayFootfallView> View(MarketSnapshot market, MarketDayRef day, IMarketFootfallGrain footfall)
    {
        var zone = market.Site.TimeZone;
        var opening = market.Definition.Schedule.OpeningOn(day.Date, zone);
        return MarketDayFootfallView.Of(day.Date, opening, await footfall.Summary(opening, zone.Id), zone);
    }
}
