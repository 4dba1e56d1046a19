using EstateCommons.Domain.Markets;
using EstateCommons.Payments;

namespace EstateCommons.GrainInterfaces.Markets;

/// <summary>
/// One day of a food market, keyed "site/market/2027-06-12": the single writer of its applications, allocation,
/// offers, overrides, check-ins and takings. Allocation runs by itself when applications close (an Orleans reminder),
/// offers lapse when their time runs out, and both also catch up on the next call, so nothing waits on the reminder.
/// Every call answers with the day as it now stands, or the problem that stopped the change (nothing changed then).
/// </summary>
public interface IMarketDayGrain : IGrainWithStringKey
{
    /// <summary>The day, after catching up on anything due.</summary>
    Task<MarketDayResponse> Get();

    /// <summary>Applies (or re-applies) for the day; the seller must exist and have registered their food business.</summary>
    Task<MarketDayResponse> Apply(MarketApplication application);

    Task<MarketDayResponse> Withdraw(string sellerId);

    /// <summary>A manager runs allocation now (closing applications if they were still open). Null seed: one is drawn and published.</summary>
    Task<MarketDayResponse> Allocate(string by, int? seed);

    Task<MarketDayResponse> AcceptOffer(string sellerId);

    Task<MarketDayResponse> DeclineOffer(string sellerId);

    /// <summary>A manager gives pitches to an applicant, or clears them when <paramref name="sellerId"/> is null, with a reason.</summary>
    Task<MarketDayResponse> Override(IReadOnlyList<string> pitchIds, string? sellerId, string reason, string by);

    Task<MarketDayResponse> CheckIn(string sellerId, string by);

    Task<MarketDayResponse> MarkNoShow(string sellerId, string by);

    Task<MarketDayResponse> Relet(IReadOnlyList<string> pitchIds, string sellerId, string by);

    Task<MarketDayResponse> ReportTakings(string sellerId, Money takings);

    /// <summary>Each trading seller's fee with its working, and the footfall figure behind footfall fees (once the market has closed).</summary>
    Task<MarketDayFeesResult> Fees();
}

/// <summary>A market day as it stands, with the times that govern it and the market it belongs to.</summary>
[GenerateSerializer, Immutable]
public sealed record MarketDaySnapshot(MarketDayRef Ref, MarketSnapshot Market, MarketDayTimes Times, MarketDay Day);

/// <summary>The day after a call, or why the call changed nothing. Both null: no such market, or not one of its days.</summary>
[GenerateSerializer, Immutable]
public sealed record MarketDayResponse(MarketDaySnapshot? Snapshot, MarketDayProblem? Problem)
{
    public static readonly MarketDayResponse NoSuchDay = new(null, MarketDayProblem.NotFound("The market does not trade on that date."));

    public bool Succeeded => Problem is null;
}

/// <summary>
/// Fees for the day, the visitors counted within opening hours (null until the market has closed), and the payments
/// collecting them (paid, card saved, failed with a payment link outstanding, or to invoice).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MarketDayFeesResult(MarketDaySnapshot? Snapshot, long? Visitors, IReadOnlyList<SellerFee> Fees, IReadOnlyList<Payment> Payments);
