using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;

namespace EstateCommons.Server.Api.Contracts;

public sealed record ApplyRequest(string? SellerId, List<string>? PitchPreferences, int AdjacentPitches = 1, decimal? MinimumFrontageMetres = null, List<string>? Categories = null);

public sealed record AllocateRequest(int? Seed = null);

public sealed record OverrideRequest(List<string>? PitchIds, string? SellerId, string? Reason);

public sealed record SellerRequest(string? SellerId);

public sealed record ReletRequest(List<string>? PitchIds, string? SellerId);

public sealed record TakingsRequest(long? TakingsPence);

/// <summary>A market day as anyone may see it: when it trades, whether applications are open, and how full it is.</summary>
public sealed record MarketDayView(
    string SiteId, string MarketId, string Date, string MarketName, SpanView Opening, string ApplicationsClose,
    string Stage, int Pitches, int FreePitches, int Applications)
{
    public static MarketDayView Of(MarketDaySnapshot s, Instant now)
    {
        var zone = s.Market.Site.TimeZone;
        var layout = s.Market.Definition.Layout;
        return new MarketDayView(
            s.Ref.SiteId, s.Ref.MarketId, LocalClock.Format(s.Ref.Date), s.Market.Definition.Name,
            SpanView.Of(s.Times.Opening, zone), TimeText.Instant(s.Times.ApplicationsClose, zone),
            StageOf(s, now), layout.Pitches.Count, s.Day.FreePitches(layout).Count, s.Day.ActiveApplications().Count());
    }

    /// <summary>applicationsOpen, allocating (closed, not yet allocated), allocated, trading, over.</summary>
    public static string StageOf(MarketDaySnapshot s, Instant now) =>
        s.Times.HasClosed(now) ? "over"
        : s.Times.HasOpened(now) ? "trading"
        : s.Day.IsAllocated ? "allocated"
        : now >= s.Times.ApplicationsClose ? "allocating"
        : "applicationsOpen";
}

public sealed record ApplicationView(string SellerId, IReadOnlyList<string> PitchPreferences, int AdjacentPitches, decimal? MinimumFrontageMetres,
    IReadOnlyList<string> Categories, string AppliedAt, string? WithdrawnAt)
{
    public static ApplicationView Of(MarketApplication a, DateTimeZone zone) => new(
        a.SellerId, a.RankedPitchPreferences, a.AdjacentPitchesWanted, a.MinimumFrontageMetres, a.Categories,
        TimeText.Instant(a.AppliedAt, zone), a.WithdrawnAt is { } w ? TimeText.Instant(w, zone) : null);
}

public sealed record HoldingView(string SellerId, IReadOnlyList<string> PitchIds, string Status, string Source, string OfferedAt, string RespondBy, string? ChangedAt, string? Note, string? PaymentId)
{
    public static HoldingView Of(PitchHolding h, DateTimeZone zone) => new(
        h.SellerId, h.PitchIds, EnumText.Of(h.Status), EnumText.Of(h.Source), TimeText.Instant(h.OfferedAt, zone), TimeText.Instant(h.RespondBy, zone),
        h.ChangedAt is { } c ? TimeText.Instant(c, zone) : null, h.Note, h.PaymentId);

}

/// <summary>
/// Where one seller stands on a market day. <c>status</c> is applied, withdrawn, offered, awaitingPayment, confirmed,
/// released, expired, revoked, noShow, waitlisted or notAllocated; <c>reason</c> and <c>explanation</c> say why a seller
/// has no pitch; <c>payment</c> is the pitch fee's payment (with where to pay while it is open).
/// </summary>
public sealed record SellerOutcomeView(
    string SiteId, string MarketId, string Date, string MarketName, string SellerId, string Status, ApplicationView? Application,
    HoldingView? Holding, string? Reason, string? Explanation, int? WaitlistPlace, bool CheckedIn, long? TakingsPence, PaymentSummaryView? Payment = null)
{
    public static SellerOutcomeView Of(MarketDaySnapshot s, string sellerId, Payments.Payment? payment) => Of(s, sellerId) with { Payment = payment is null ? null : PaymentSummaryView.Of(payment) };

    public static SellerOutcomeView Of(MarketDaySnapshot s, string sellerId)
    {
        var zone = s.Market.Site.TimeZone;
        var o = s.Day.OutcomeFor(sellerId);
        var status = o.Holding is { } h ? EnumText.Of(h.Status)
            : o.Application is { IsWithdrawn: true } ? "withdrawn"
            : o.WaitlistPlace is not null ? "waitlisted"
            : o.Reason is not null ? "notAllocated"
            : "applied";
        return new SellerOutcomeView(
            s.Ref.SiteId, s.Ref.MarketId, LocalClock.Format(s.Ref.Date), s.Market.Definition.Name, sellerId, status,
            o.Application is { } a ? ApplicationView.Of(a, zone) : null, o.Holding is { } holding ? HoldingView.Of(holding, zone) : null,
            o.Reason is { } r ? EnumText.Of(r) : null, o.Explanation, o.WaitlistPlace, o.CheckedIn, o.Takings?.Takings.MinorUnits);
    }
}

public sealed record UnallocatedView(string SellerId, string Reason, string Explanation, int? WaitlistPlace);

public sealed record OverrideView(IReadOnlyList<string> PitchIds, IReadOnlyList<string> DisplacedSellerIds, string? GivenTo, string Reason, string By, string At);

public sealed record CheckInView(string SellerId, string At, string By);

/// <summary>A market day's allocation and everything since, for its managers: the published seed, reasons, waitlist and audit trail.</summary>
public sealed record AllocationView(
    string SiteId, string MarketId, string Date, string Stage, int? Seed, bool? ProvedOptimal, long? Objective, string? RunAt, string? RunBy, bool? ClosedEarly,
    IReadOnlyList<PitchAssignment> Allocated, IReadOnlyList<UnallocatedView> Unallocated, IReadOnlyList<HoldingView> Holdings,
    IReadOnlyList<string> Waitlist, IReadOnlyList<string> FreePitches, IReadOnlyList<OverrideView> Overrides, IReadOnlyList<CheckInView> CheckIns)
{
    public static AllocationView Of(MarketDaySnapshot s, Instant now)
    {
        var zone = s.Market.Site.TimeZone;
        var day = s.Day;
        var a = day.Allocation;
        return new AllocationView(
            s.Ref.SiteId, s.Ref.MarketId, LocalClock.Format(s.Ref.Date), MarketDayView.StageOf(s, now),
            a?.Result.Seed, a?.Result.ProvedOptimal, a?.Result.Objective, a is null ? null : TimeText.Instant(a.RunAt, zone), a?.RunBy, a?.ClosedEarly,
            a?.Result.Allocated ?? [],
            (a?.Result.Unallocated ?? []).Select(u => new UnallocatedView(u.SellerId, EnumText.Of(u.Reason),
                MarketDayApplicants.Explain(u.Reason, a!.Request.Applicants.FirstOrDefault(x => x.SellerId == u.SellerId)), u.WaitlistPlace)).ToList(),
            day.Holdings.Select(h => HoldingView.Of(h, zone)).ToList(),
            day.RemainingWaitlist().Select(w => w.SellerId).ToList(),
            day.FreePitches(s.Market.Definition.Layout),
            day.Overrides.Select(o => new OverrideView(o.PitchIds, o.DisplacedSellerIds, o.GivenTo, o.Reason, o.By, TimeText.Instant(o.At, zone))).ToList(),
            day.CheckIns.Select(c => new CheckInView(c.SellerId, TimeText.Instant(c.At, zone), c.By)).ToList());
    }
}
