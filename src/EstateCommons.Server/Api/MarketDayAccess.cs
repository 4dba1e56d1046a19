using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Accounts;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

/// <summary>
/// Who may act on a market day, and how a refused change becomes problem details. Managers of the market's trust act
/// on the whole day; an account acting for a seller acts on that seller's application, offer, check-in and takings.
/// </summary>
internal static class MarketDayAccess
{
    public static (MarketDayRef Day, ProblemHttpResult? Problem) Day(string siteId, string marketId, string date) =>
        LocalClock.TryParseDate(date, out var day)
            ? (new MarketDayRef(siteId, marketId, day), null)
            : (default, Problems.Invalid("date", "The market day is a local date such as 2027-06-12."));

    public static IMarketDayGrain Grain(IGrainFactory grains, MarketDayRef day) => grains.GetGrain<IMarketDayGrain>(day.Key);

    /// <summary>The caller, when they manage the trust that runs the market.</summary>
    public static async Task<(AccountProfile? Me, ProblemHttpResult? Problem)> Manager(MarketDayRef day, CallerAccessor caller, IGrainFactory grains)
    {
        var (market, problem) = await MarketsApi.ManagedMarket(day.SiteId, day.MarketId, caller, grains);
        return problem is not null ? (null, problem) : ((await caller.Current())!, null);
    }

    /// <summary>The caller, when they act for the seller (or are the platform admin).</summary>
    public static async Task<(AccountProfile? Me, ProblemHttpResult? Problem)> ForSeller(string? sellerId, CallerAccessor caller)
    {
        if (await caller.Current() is not { } me) return (null, Problems.SignInRequired());
        if (string.IsNullOrWhiteSpace(sellerId)) return (null, Problems.Invalid("sellerId", "Say which seller this is for."));
        if (!me.ActsFor(sellerId) && !me.IsPlatformAdmin) return (null, Problems.NotAllowed("Only people acting for this seller may do this."));
        return (me, null);
    }

    /// <summary>The caller, when they act for the seller or manage the market's trust.</summary>
    public static async Task<(AccountProfile? Me, bool IsManager, ProblemHttpResult? Problem)> SellerOrManager(MarketDayRef day, string sellerId, CallerAccessor caller, IGrainFactory grains)
    {
        if (await caller.Current() is not { } me) return (null, false, Problems.SignInRequired());
        var market = await grains.GetGrain<IMarketGrain>(day.Market.Key).Get();
        var manager = market is not null && me.Manages(market.Site.TrustId);
        if (!manager && !me.ActsFor(sellerId)) return (null, false, Problems.NotAllowed("Only the seller and the market's managers may see or do this."));
        return (me, manager, null);
    }

    public static ProblemHttpResult ToProblem(MarketDayProblem problem) => problem.Kind switch
    {
        MarketDayProblemKind.NotFound => TypedResults.Problem(title: "Not found", detail: problem.Message, statusCode: StatusCodes.Status404NotFound, type: Problems.NotFound),
        MarketDayProblemKind.Invalid => Problems.Invalid(problem.Errors),
        MarketDayProblemKind.WrongTime => TypedResults.Problem(title: "Not at this time", detail: problem.Message, statusCode: StatusCodes.Status409Conflict, type: Problems.MarketDayTiming),
        MarketDayProblemKind.PaymentUnavailable => Problems.Unavailable(problem.Message),
        _ => TypedResults.Problem(title: "The market day cannot change that way", detail: problem.Message, statusCode: StatusCodes.Status409Conflict, type: Problems.MarketDayState),
    };
}
