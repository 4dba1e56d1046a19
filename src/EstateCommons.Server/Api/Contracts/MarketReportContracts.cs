using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Reporting;
using EstateCommons.Server.Reports;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>
/// A takings figure and whether it is shown: pence is null where withheld or nothing was reported. Managers see
/// figures of fewer than three sellers, flagged so a screen can warn before anyone passes them on.
/// </summary>
public sealed record TakingsFigureView(long? Pence, int Sellers, bool Withheld, string Reason, bool FewerThanThreeSellers)
{
    public static TakingsFigureView Of(TakingsAggregate t) => new(
        t.Total?.MinorUnits, t.Sellers, t.IsWithheld && t.Reason != TakingsDisclosureReason.NothingReported, EnumText.Of(t.Reason),
        t.Sellers > 0 && t.Sellers < TakingsDisclosure.MinimumSellers);
}

/// <summary>Visitors counted in one local clock hour, summed over the days counted.</summary>
public sealed record FootfallHourView(string Hour, long Visitors);

/// <summary>Market days in numbers: occupancy, demand, no-shows, visitors and the seller mix. Never names a seller.</summary>
public sealed record MarketTotalsView(
    int MarketDays,
    long PitchDays,
    long PitchDaysLet,
    decimal OccupancyPercent,
    long Applications,
    decimal ApplicationsPerPitch,
    int NoShows,
    decimal NoShowPercent,
    long Footfall,
    int DaysCounted,
    long? FootfallPerDay,
    IReadOnlyList<FootfallHourView> FootfallPerHour,
    int Sellers,
    int LocalSellers,
    decimal LocalSellerPercent,
    IReadOnlyDictionary<string, int> SellersByBusinessType,
    int VcseSellers,
    decimal VcsePercent,
    int SmeSellers,
    decimal SmePercent,
    TakingsFigureView Takings,
    TakingsFigureView LocalTakings,
    decimal? LocalTakingsPercent)
{
    public static MarketTotalsView Of(MarketTotals m) => new(
        m.MarketDays, m.PitchDays, m.PitchDaysLet, m.OccupancyPercent, m.Applications, m.ApplicationsPerPitch, m.NoShows, m.NoShowPercent,
        m.Footfall, m.DaysCounted, m.FootfallPerDay,
        m.FootfallByHour.OrderBy(h => h.Key).Select(h => new FootfallHourView($"{h.Key:D2}:00", h.Value)).ToList(),
        m.Mix.Sellers, m.Mix.LocalSellers, m.Mix.LocalSellerPercent,
        Enum.GetValues<SellerBusinessType>().ToDictionary(t => EnumText.Of(t), t => m.Mix.ByBusinessType.GetValueOrDefault(t)),
        m.Mix.VcseSellers, m.Mix.VcsePercent, m.Mix.SmeSellers, m.Mix.SmePercent,
        TakingsFigureView.Of(m.Mix.Takings), TakingsFigureView.Of(m.Mix.LocalTakings), m.Mix.LocalTakingsPercent);
}

/// <summary>A period, market, site or trust in a market report.</summary>
public sealed record MarketRowView(string Id, string Label, MarketTotalsView Markets)
{
    public static MarketRowView Of(MarketRow row) => new(row.Id, row.Label, MarketTotalsView.Of(row.Totals));
}

/// <summary>A market report: totals, a row per period and a row per part.</summary>
public sealed record MarketReportView(ReportCoverView Report, MarketTotalsView Totals, IReadOnlyList<MarketRowView> Periods, IReadOnlyList<MarketRowView> Parts)
{
    public static MarketReportView Of(ReportScope scope, MarketReport r) => new(
        ReportCoverView.Of(scope, r.First, r.Last, r.Grouping), MarketTotalsView.Of(r.Totals),
        r.Periods.Select(MarketRowView.Of).ToList(), r.Parts.Select(MarketRowView.Of).ToList());
}
