using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;

namespace EstateCommons.Server.Api.Contracts;

public sealed record FootfallWorkingView(long Visitors, long RatePerHundredVisitorsPence, long UncappedPence, long FloorPence, long CapPence, string Applied);

/// <summary>A seller's fee for a market day with its working; for a footfall fee, the visitor count behind it.</summary>
public sealed record FeeView(
    string SellerId, IReadOnlyList<string> PitchIds, string Kind, long? FullFeePence, long? ChargedPence, long? WaivedPence,
    int? ConcessionPercent, string? BusinessType, decimal? FrontageMetres, FootfallWorkingView? Footfall, string? PendingBecause,
    PaymentSummaryView? Payment = null)
{
    public static FeeView Of(SellerFee fee, PitchFeeKind kind, Payments.Payment? payment) => Of(fee, kind) with { Payment = payment is null ? null : PaymentSummaryView.Of(payment) };

    public static FeeView Of(SellerFee fee, PitchFeeKind kind)
    {
        if (fee.Calculation is not { } c) return new FeeView(fee.SellerId, fee.PitchIds, EnumText.Of(kind), null, null, null, null, null, null, null, fee.PendingBecause);
        return new FeeView(
            fee.SellerId, fee.PitchIds, EnumText.Of(c.Kind), c.FullFee.MinorUnits, c.Charged.MinorUnits, c.Waived.MinorUnits,
            c.ConcessionPercent, c.BusinessType.ToString(), c.Basis.FrontageMetres,
            c.Footfall is { } f ? new FootfallWorkingView(f.Visitors, f.RatePerHundredVisitors.MinorUnits, f.Uncapped.MinorUnits, f.Floor.MinorUnits, f.Cap.MinorUnits, EnumText.Of(f.Applied)) : null,
            null);
    }
}

public sealed record MarketDayFeesView(string SiteId, string MarketId, string Date, long? Visitors, IReadOnlyList<FeeView> Fees)
{
    public static MarketDayFeesView Of(MarketDayFeesResult result, Func<SellerFee, bool> include)
    {
        var s = result.Snapshot!;
        var kind = s.Market.Definition.Fee.Kind;
        return new MarketDayFeesView(s.Ref.SiteId, s.Ref.MarketId, LocalClock.Format(s.Ref.Date), result.Visitors,
            result.Fees.Where(include).Select(f => FeeView.Of(f, kind, result.Payments.LastOrDefault(p => p.Order.Owner.Items.Contains(f.SellerId)))).ToList());
    }
}

public sealed record SellerTakingsView(string SellerId, long TakingsPence, string ReportedAt);

/// <summary>
/// Takings reported for a market day. <c>totalPence</c> is withheld (null) when it covers fewer than three sellers and
/// the caller is not a manager or the only seller in it; <c>disclosure</c> says which rule applied.
/// </summary>
public sealed record TakingsView(string Date, long? TotalPence, int Sellers, string Disclosure, long? OwnTakingsPence, IReadOnlyList<SellerTakingsView>? PerSeller)
{
    public static TakingsView Of(MarketDaySnapshot s, TakingsViewer viewer)
    {
        var zone = s.Market.Site.TimeZone;
        var reports = s.Day.Takings;
        var aggregate = TakingsDisclosure.Aggregate(reports.Select(t => new SellerTakings(t.SellerId, t.Takings)).ToList(), viewer);
        var own = viewer.SellerId is { } sellerId ? reports.FirstOrDefault(t => t.SellerId == sellerId)?.Takings.MinorUnits : null;
        return new TakingsView(
            LocalClock.Format(s.Ref.Date), aggregate.Total?.MinorUnits, aggregate.Sellers, EnumText.Of(aggregate.Reason), own,
            viewer.IsManager ? reports.Select(t => new SellerTakingsView(t.SellerId, t.Takings.MinorUnits, TimeText.Instant(t.ReportedAt, zone))).ToList() : null);
    }
}
