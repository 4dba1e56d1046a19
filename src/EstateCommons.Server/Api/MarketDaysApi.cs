using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using static EstateCommons.Server.Api.MarketDayAccess;

namespace EstateCommons.Server.Api;

/// <summary>A market day from application to allocation: applying, withdrawing, running and reviewing allocation, offers and overrides.</summary>
public static class MarketDaysApi
{
    public static RouteGroupBuilder MapMarketDaysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sites/{siteId}/markets/{marketId}/days/{date}").WithTags("Food market days");
        api.MapGet("/", GetDay).AllowAnonymous().WithSummary("A market day: opening times, when applications close, its stage and how many pitches are free. Anyone may call.");
        api.MapPost("/applications", Apply).RequireAuthorization()
            .WithSummary("Apply (or re-apply) for pitches on the day, with ranked pitch preferences, pitches side by side and categories sold. People acting for the seller.");
        api.MapDelete("/applications/{sellerId}", Withdraw).RequireAuthorization()
            .WithSummary("Withdraw: the application while applications are open; once allocated, the offer or pitch (which passes to the waitlist). People acting for the seller.");
        api.MapGet("/applications", Applications).RequireAuthorization().WithSummary("Every application for the day. Managers of the market's trust.");
        api.MapGet("/sellers/{sellerId}", SellerOutcome).RequireAuthorization()
            .WithSummary("Where a seller stands: application, offer or pitch, reason and waitlist place if none, check-in, takings. The seller and the market's managers.");
        api.MapPost("/allocation", Allocate).RequireAuthorization()
            .WithSummary("Run the allocation now (it also runs by itself when applications close). Managers of the market's trust.");
        api.MapGet("/allocation", GetAllocation).RequireAuthorization()
            .WithSummary("The allocation with its published seed, reasons, waitlist, holdings, overrides and check-ins. Managers of the market's trust.");
        api.MapPost("/offers/{sellerId}/accept", AcceptOffer).RequireAuthorization().WithSummary("Accept a pitch offer before it runs out. People acting for the seller.");
        api.MapPost("/offers/{sellerId}/decline", DeclineOffer).RequireAuthorization()
            .WithSummary("Decline an offer or give back a confirmed pitch; it passes to the next suitable seller on the waitlist. People acting for the seller.");
        api.MapPost("/overrides", Override).RequireAuthorization()
            .WithSummary("Give pitches to a seller who applied for the day, or clear them (no sellerId), with a recorded reason. Managers of the market's trust.");
        app.MapGet("/api/sellers/{sellerId}/market-days", SellerMarketDays).RequireAuthorization().WithTags("Food market days")
            .WithSummary("Every market day the seller has applied for, with where they stand on each, soonest first. People acting for the seller.");
        return api;
    }

    internal static Results<Ok<T>, ProblemHttpResult> Respond<T>(MarketDayResponse response, Func<MarketDaySnapshot, T> view) =>
        response.Problem is { } problem ? ToProblem(problem) : TypedResults.Ok(view(response.Snapshot!));

    private static async Task<Results<Ok<MarketDayView>, ProblemHttpResult>> GetDay(string siteId, string marketId, string date, IGrainFactory grains, IClock clock)
    {
        var (day, problem) = Day(siteId, marketId, date);
        if (problem is not null) return problem;
        return Respond(await Grain(grains, day).Get(), s => MarketDayView.Of(s, clock.GetCurrentInstant()));
    }

    private static async Task<Results<Created<SellerOutcomeView>, ProblemHttpResult>> Apply(string siteId, string marketId, string date, ApplyRequest body, CallerAccessor caller, IGrainFactory grains)
    {
        var (day, problem) = Day(siteId, marketId, date);
        if (problem is not null) return problem;
        var (me, denied) = await ForSeller(body.SellerId, caller);
        if (denied is not null) return denied;
        var response = await Grain(grains, day).Apply(Application(body, me!.Email));
        if (response.Problem is { } refused) return ToProblem(refused);
        return TypedResults.Created($"/api/sites/{siteId}/markets/{marketId}/days/{date}/sellers/{body.SellerId}", SellerOutcomeView.Of(response.Snapshot!, body.SellerId!));
    }

    private static async Task<Results<Ok<SellerOutcomeView>, ProblemHttpResult>> Withdraw(string siteId, string marketId, string date, string sellerId, CallerAccessor caller, IGrainFactory grains) =>
        await AsSeller(siteId, marketId, date, sellerId, caller, grains, g => g.Withdraw(sellerId));

    private static async Task<Results<Ok<SellerOutcomeView>, ProblemHttpResult>> AcceptOffer(string siteId, string marketId, string date, string sellerId, CallerAccessor caller, IGrainFactory grains) =>
        await AsSeller(siteId, marketId, date, sellerId, caller, grains, g => g.AcceptOffer(sellerId));

    private static async Task<Results<Ok<SellerOutcomeView>, ProblemHttpResult>> DeclineOffer(string siteId, string marketId, string date, string sellerId, CallerAccessor caller, IGrainFactory grains) =>
        await AsSeller(siteId, marketId, date, sellerId, caller, grains, g => g.DeclineOffer(sellerId));

    private static async Task<Results<Ok<SellerOutcomeView>, ProblemHttpResult>> AsSeller(
        string siteId, string marketId, string date, string sellerId, CallerAccessor caller, IGrainFactory grains, Func<IMarketDayGrain, Task<MarketDayResponse>> act)
    {
        var (day, problem) = Day(siteId, marketId, date);
        if (problem is not null) return problem;
        var (_, denied) = await ForSeller(sellerId, caller);
        if (denied is not null) return denied;
        return await RespondWithPayment(await act(Grain(grains, day)), sellerId, grains);
    }

    /// <summary>The application a request describes (the grain checks it against the market's pitches), made by <paramref name="appliedBy"/>.</summary>
    internal static MarketApplication Application(ApplyRequest body, string appliedBy) =>
        new(body.SellerId!, body.PitchPreferences ?? [], body.AdjacentPitches, body.MinimumFrontageMetres,
            (body.Categories ?? []).Select(c => c.Trim()).Distinct().ToList(), appliedBy, default);

    /// <summary>The seller's outcome with their pitch fee's payment, so a seller who accepts learns where to pay.</summary>
    private static async Task<Results<Ok<SellerOutcomeView>, ProblemHttpResult>> RespondWithPayment(MarketDayResponse response, string sellerId, IGrainFactory grains)
    {
        if (response.Problem is { } problem) return ToProblem(problem);
        return TypedResults.Ok(await OutcomeWithPayment(response.Snapshot!, sellerId, grains));
    }

    /// <summary>Where the seller stands on the day, with their pitch fee's payment when there is one.</summary>
    internal static async Task<SellerOutcomeView> OutcomeWithPayment(MarketDaySnapshot day, string sellerId, IGrainFactory grains)
    {
        var paymentId = day.Day.LatestHoldingOf(sellerId)?.PaymentId;
        var payment = paymentId is null ? null : await grains.GetGrain<IPaymentGrain>(paymentId).Get();
        return SellerOutcomeView.Of(day, sellerId, payment);
    }

    private static async Task<Results<Ok<SellerOutcomeView>, ProblemHttpResult>> SellerOutcome(string siteId, string marketId, string date, string sellerId, CallerAccessor caller, IGrainFactory grains)
    {
        var (day, problem) = Day(siteId, marketId, date);
        if (problem is not null) return problem;
        var (_, _, denied) = await SellerOrManager(day, sellerId, caller, grains);
        if (denied is not null) return denied;
        return await RespondWithPayment(await Grain(grains, day).Get(), sellerId, grains);
    }

    private static async Task<Results<Ok<IReadOnlyList<SellerOutcomeView>>, ProblemHttpResult>> SellerMarketDays(string sellerId, CallerAccessor caller, IGrainFactory grains)
    {
        var (_, denied) = await ForSeller(sellerId, caller);
        if (denied is not null) return denied;
        if (await grains.GetGrain<ISellerGrain>(sellerId).Get() is not { } seller) return Problems.Missing("Seller");
        var days = await Task.WhenAll(seller.MarketDays.OrderBy(d => d.Date).Select(d => Grain(grains, d).Get()));
        return TypedResults.Ok<IReadOnlyList<SellerOutcomeView>>(days
            .Where(d => d.Snapshot is not null)
            .Select(d => SellerOutcomeView.Of(d.Snapshot!, sellerId))
            .ToList());
    }

    private static async Task<Results<Ok<IReadOnlyList<ApplicationView>>, ProblemHttpResult>> Applications(string siteId, string marketId, string date, CallerAccessor caller, IGrainFactory grains) =>
        await AsManager<IReadOnlyList<ApplicationView>>(siteId, marketId, date, caller, grains, (g, _) => g.Get(),
            s => s.Day.Applications.Select(a => ApplicationView.Of(a, s.Market.Site.TimeZone)).ToList());

    private static async Task<Results<Ok<AllocationView>, ProblemHttpResult>> Allocate(string siteId, string marketId, string date, AllocateRequest? body, CallerAccessor caller, IGrainFactory grains, IClock clock) =>
        await AsManager(siteId, marketId, date, caller, grains, (g, me) => g.Allocate(me, body?.Seed), s => AllocationView.Of(s, clock.GetCurrentInstant()));

    private static async Task<Results<Ok<AllocationView>, ProblemHttpResult>> GetAllocation(string siteId, string marketId, string date, CallerAccessor caller, IGrainFactory grains, IClock clock) =>
        await AsManager(siteId, marketId, date, caller, grains, (g, _) => g.Get(), s => AllocationView.Of(s, clock.GetCurrentInstant()));

    private static async Task<Results<Ok<AllocationView>, ProblemHttpResult>> Override(string siteId, string marketId, string date, OverrideRequest body, CallerAccessor caller, IGrainFactory grains, IClock clock) =>
        await AsManager(siteId, marketId, date, caller, grains,
            (g, me) => g.Override(body.PitchIds ?? [], string.IsNullOrWhiteSpace(body.SellerId) ? null : body.SellerId.Trim(), body.Reason?.Trim() ?? "", me),
            s => AllocationView.Of(s, clock.GetCurrentInstant()));

    internal static async Task<Results<Ok<T>, ProblemHttpResult>> AsManager<T>(
        string siteId, string marketId, string date, CallerAccessor caller, IGrainFactory grains,
        Func<IMarketDayGrain, string, Task<MarketDayResponse>> act, Func<MarketDaySnapshot, T> view)
    {
        var (day, problem) = Day(siteId, marketId, date);
        if (problem is not null) return problem;
        var (me, denied) = await Manager(day, caller, grains);
        if (denied is not null) return denied;
        return Respond(await act(Grain(grains, day), me!.Email), view);
    }
}
