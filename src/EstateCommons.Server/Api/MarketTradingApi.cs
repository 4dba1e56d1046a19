using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using static EstateCommons.Server.Api.MarketDayAccess;

namespace EstateCommons.Server.Api;

/// <summary>A market day on the day and after: check-ins, absences, re-letting, takings and fees.</summary>
public static class MarketTradingApi
{
    public static RouteGroupBuilder MapMarketTradingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sites/{siteId}/markets/{marketId}/days/{date}").WithTags("Food market days").RequireAuthorization();
        api.MapPost("/check-ins", CheckIn).WithSummary("A seller with a confirmed pitch arrives (from three hours before opening). The seller and the market's managers.");
        api.MapPost("/no-shows", NoShow).WithSummary("Record that a confirmed seller has not arrived once the market is open, freeing their pitches. Managers of the market's trust.");
        api.MapPost("/relets", Relet).WithSummary("On the day, let free pitches to a seller who applied for the day; they are confirmed and checked in. Managers of the market's trust.");
        api.MapPut("/takings/{sellerId}", ReportTakings).WithSummary("Report a seller's takings after the market has closed (optional, confidential). People acting for the seller.");
        api.MapGet("/takings", Takings)
            .WithSummary("Reported takings: managers see every figure; a seller (sellerId=…) sees their own and a total only when it covers at least three sellers. Managers and sellers.");
        api.MapGet("/fees", Fees).WithSummary("Every trading seller's fee with its working and the day's footfall. Managers of the market's trust.");
        api.MapGet("/sellers/{sellerId}/fee", SellerFee).WithSummary("A seller's fee with its working, and for a footfall fee the visitor count behind it. The seller and the market's managers.");
        return api;
    }

    private static async Task<Results<Ok<SellerOutcomeView>, ProblemHttpResult>> CheckIn(string siteId, string marketId, string date, SellerRequest body, CallerAccessor caller, IGrainFactory grains)
    {
        var (day, problem) = Day(siteId, marketId, date);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(body.SellerId)) return Problems.Invalid("sellerId", "Say which seller has arrived.");
        var (me, _, denied) = await SellerOrManager(day, body.SellerId, caller, grains);
        if (denied is not null) return denied;
        return MarketDaysApi.Respond(await Grain(grains, day).CheckIn(body.SellerId, me!.Email), s => SellerOutcomeView.Of(s, body.SellerId));
    }

    private static async Task<Results<Ok<AllocationView>, ProblemHttpResult>> NoShow(string siteId, string marketId, string date, SellerRequest body, CallerAccessor caller, IGrainFactory grains, IClock clock) =>
        await MarketDaysApi.AsManager(siteId, marketId, date, caller, grains, (g, me) => g.MarkNoShow(body.SellerId ?? "", me), s => AllocationView.Of(s, clock.GetCurrentInstant()));

    private static async Task<Results<Ok<AllocationView>, ProblemHttpResult>> Relet(string siteId, string marketId, string date, ReletRequest body, CallerAccessor caller, IGrainFactory grains, IClock clock) =>
        await MarketDaysApi.AsManager(siteId, marketId, date, caller, grains, (g, me) => g.Relet(body.PitchIds ?? [], body.SellerId ?? "", me), s => AllocationView.Of(s, clock.GetCurrentInstant()));

    private static async Task<Results<Ok<SellerOutcomeView>, ProblemHttpResult>> ReportTakings(string siteId, string marketId, string date, string sellerId, TakingsRequest body, CallerAccessor caller, IGrainFactory grains)
    {
        var (day, problem) = Day(siteId, marketId, date);
        if (problem is not null) return problem;
        var (_, denied) = await ForSeller(sellerId, caller);
        if (denied is not null) return denied;
        if (body.TakingsPence is not { } pence) return Problems.Invalid("takingsPence", "Give the day's takings in pence.");
        return MarketDaysApi.Respond(await Grain(grains, day).ReportTakings(sellerId, Money.Gbp(pence)), s => SellerOutcomeView.Of(s, sellerId));
    }

    private static async Task<Results<Ok<TakingsView>, ProblemHttpResult>> Takings(string siteId, string marketId, string date, string? sellerId, CallerAccessor caller, IGrainFactory grains)
    {
        var (day, problem) = Day(siteId, marketId, date);
        if (problem is not null) return problem;
        if (await caller.Current() is not { } me) return Problems.SignInRequired();
        var market = await grains.GetGrain<GrainInterfaces.Markets.IMarketGrain>(day.Market.Key).Get();
        if (market is null) return Problems.Missing("Market");
        TakingsViewer viewer;
        if (me.Manages(market.Site.TrustId)) viewer = TakingsViewer.Manager;
        else if (sellerId is null) return Problems.Invalid("sellerId", "Say which seller you are asking as (sellerId=…).");
        else if (!me.ActsFor(sellerId)) return Problems.NotAllowed("You can see takings only as a seller you act for, or as a manager of the market.");
        else viewer = TakingsViewer.Seller(sellerId);
        return MarketDaysApi.Respond(await Grain(grains, day).Get(), s => TakingsView.Of(s, viewer));
    }

    private static async Task<Results<Ok<MarketDayFeesView>, ProblemHttpResult>> Fees(string siteId, string marketId, string date, CallerAccessor caller, IGrainFactory grains)
    {
        var (day, problem) = Day(siteId, marketId, date);
        if (problem is not null) return problem;
        var (_, denied) = await Manager(day, caller, grains);
        if (denied is not null) return denied;
        var fees = await Grain(grains, day).Fees();
        return fees.Snapshot is null ? ToProblem(MarketDayResponse.NoSuchDay.Problem!) : TypedResults.Ok(MarketDayFeesView.Of(fees, _ => true));
    }

    private static async Task<Results<Ok<MarketDayFeesView>, ProblemHttpResult>> SellerFee(string siteId, string marketId, string date, string sellerId, CallerAccessor caller, IGrainFactory grains)
    {
        var (day, problem) = Day(siteId, marketId, date);
        if (problem is not null) return problem;
        var (_, _, denied) = await SellerOrManager(day, sellerId, caller, grains);
        if (denied is not null) return denied;
        var fees = await Grain(grains, day).Fees();
        if (fees.Snapshot is null) return ToProblem(MarketDayResponse.NoSuchDay.Problem!);
        if (fees.Fees.All(f => f.SellerId != sellerId)) return Problems.Missing("A fee for this seller on this day");
        return TypedResults.Ok(MarketDayFeesView.Of(fees, f => f.SellerId == sellerId));
    }
}
