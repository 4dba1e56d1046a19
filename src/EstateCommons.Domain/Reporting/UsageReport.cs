using NodaTime;

namespace EstateCommons.Domain.Reporting;

/// <summary>One row of a usage report: a period, or a site or space within the report's scope, with its totals.</summary>
[GenerateSerializer, Immutable]
public sealed record UsageRow(string Id, string Label, UsageTotals Usage);

/// <summary>
/// Usage over a range of local dates for a space, site, trust or the whole estate: the totals, a row per period
/// (day, week, month or quarter) and a row per part (the sites of a trust, the spaces of a site).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record UsageReport(
    LocalDate First,
    LocalDate Last,
    ReportGrouping Grouping,
    UsageTotals Totals,
    IReadOnlyList<UsageRow> Periods,
    IReadOnlyList<UsageRow> Parts);
