using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Reporting;
using EstateCommons.Server.Reports;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>Usage totals as managers read them: minutes, pence and counts, with the rates worked out from them.</summary>
public sealed record UsageTotalsView(
    long AvailableMinutes,
    long BookedMinutes,
    decimal UtilisationPercent,
    IReadOnlyDictionary<string, long> BookedMinutesByOrganisationKind,
    long LicensedMinutes,
    long InKindPence,
    IReadOnlyDictionary<string, long> InKindPenceByOrganisationKind,
    int Bookings,
    int Cancellations,
    decimal CancellationPercent,
    int NoShows,
    decimal NoShowPercent)
{
    public static UsageTotalsView Of(UsageTotals u) => new(
        u.AvailableMinutes, u.TotalBookedMinutes, u.UtilisationPercent, ByKind(u.BookedMinutes), u.LicensedMinutes,
        u.TotalInKindPence, ByKind(u.InKindPence), u.Bookings, u.Cancellations, u.CancellationPercent, u.NoShows, u.NoShowPercent);

    /// <summary>Every kind of organisation, with 0 where it used nothing, so a table's columns do not come and go.</summary>
    private static IReadOnlyDictionary<string, long> ByKind(IReadOnlyDictionary<OrganisationKind, long> values) =>
        Enum.GetValues<OrganisationKind>().ToDictionary(k => EnumText.Of(k), k => values.GetValueOrDefault(k));
}

/// <summary>A period, space, site or trust in a usage report.</summary>
public sealed record UsageRowView(string Id, string Label, UsageTotalsView Usage)
{
    public static UsageRowView Of(UsageRow row) => new(row.Id, row.Label, UsageTotalsView.Of(row.Usage));
}

/// <summary>Booked minutes on one weekday, by local hour: 24 figures, 00:00–01:00 first.</summary>
public sealed record HeatmapDayView(string Weekday, IReadOnlyList<long> Minutes)
{
    public static IReadOnlyList<HeatmapDayView> Week(BookingHeatmap heatmap) =>
        Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d)
            .Select(day => new HeatmapDayView(EnumText.Of(day), Enumerable.Range(0, 24).Select(hour => heatmap.At(day, hour)).ToList()))
            .ToList();
}

/// <summary>What a report covers and when: the level (space, site, trust, estate), its id and name, the dates and the grouping.</summary>
public sealed record ReportCoverView(string Level, string Id, string Name, string From, string To, string By)
{
    public static ReportCoverView Of(ReportScope scope, LocalDate first, LocalDate last, ReportGrouping grouping) =>
        new(EnumText.Of(scope.Level), scope.Id, scope.Name, LocalClock.Format(first), LocalClock.Format(last), EnumText.Of(grouping));
}

/// <summary>A usage report: totals, a row per period and per part, and the weekday × hour heatmap of booked minutes.</summary>
public sealed record UsageReportView(
    ReportCoverView Report,
    UsageTotalsView Totals,
    IReadOnlyList<UsageRowView> Periods,
    IReadOnlyList<UsageRowView> Parts,
    IReadOnlyList<HeatmapDayView> Heatmap)
{
    public static UsageReportView Of(ReportScope scope, UsageReport r) => new(
        ReportCoverView.Of(scope, r.First, r.Last, r.Grouping), UsageTotalsView.Of(r.Totals),
        r.Periods.Select(UsageRowView.Of).ToList(), r.Parts.Select(UsageRowView.Of).ToList(), HeatmapDayView.Week(r.Totals.Heatmap));
}
