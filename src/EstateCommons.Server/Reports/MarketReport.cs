using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Reporting;

namespace EstateCommons.Server.Reports;

/// <summary>One row of a market report: a period, or a market, site or trust within the report's scope.</summary>
public sealed record MarketRow(string Id, string Label, MarketTotals Totals);

/// <summary>
/// Market days over a range of local dates for a site, trust or the whole estate: the totals, a row per period and a
/// row per part (the markets of a site, the sites of a trust, the trusts of the estate). Takings are disclosed as the
/// viewer may see them, each row on its own sellers, so a row of fewer than three sellers can be withheld while the
/// total is shown.
/// </summary>
public sealed record MarketReport(
    LocalDate First,
    LocalDate Last,
    ReportGrouping Grouping,
    MarketTotals Totals,
    IReadOnlyList<MarketRow> Periods,
    IReadOnlyList<MarketRow> Parts)
{
    public static MarketReport Build(ReportScope scope, ReportPeriods periods, IReadOnlyList<ScopedSlice> slices, TakingsViewer viewer)
    {
        var all = new List<MarketDayFigures>();
        var byPeriod = periods.Buckets.Select(_ => new List<MarketDayFigures>()).ToArray();
        var byPart = scope.MarketParts.Keys.ToDictionary(id => id, _ => new List<MarketDayFigures>(), StringComparer.Ordinal);
        foreach (var (partId, slice) in slices)
        {
            foreach (var day in slice.MarketDays)
            {
                var index = periods.IndexOf(day.Date);
                if (index < 0) continue;
                all.Add(day);
                byPeriod[index].Add(day);
                var part = scope.PartsWithinSite ? day.MarketId : partId;
                if (!byPart.TryGetValue(part, out var days)) byPart[part] = days = [];
                days.Add(day);
            }
        }
        var periodRows = periods.Buckets.Select((b, i) => new MarketRow(ReportPeriods.RowId(b), b.Label, MarketTotals.Of(byPeriod[i], viewer))).ToList();
        var partRows = byPart
            .Select(p => new MarketRow(p.Key, PartName(scope, p.Key, p.Value), MarketTotals.Of(p.Value, viewer)))
            .OrderBy(r => r.Label, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new MarketReport(periods.First, periods.Last, periods.Grouping, MarketTotals.Of(all, viewer), periodRows, partRows);
    }

    private static string PartName(ReportScope scope, string partId, List<MarketDayFigures> days) =>
        scope.MarketParts.TryGetValue(partId, out var name) ? name : days.Count > 0 && scope.PartsWithinSite ? days[^1].MarketName : partId;
}
