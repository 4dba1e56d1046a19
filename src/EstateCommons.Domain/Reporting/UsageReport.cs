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
    IReadOnlyList<UsageRow> Parts)
{
    /// <summary>The report from days of usage (any number per date, from any spaces) and the parts' own totals.</summary>
    public static UsageReport Of(LocalDate first, LocalDate last, ReportGrouping grouping, IEnumerable<SpaceDayUsage> days, IEnumerable<UsageRow> parts)
    {
        var buckets = ReportBucket.Split(first, last, grouping);
        var sums = new UsageTotals[buckets.Count];
        Array.Fill(sums, UsageTotals.Empty);
        foreach (var day in days)
        {
            if (day.Date < first || day.Date > last) continue;
            var index = IndexOf(buckets, day.Date);
            sums[index] = sums[index].Plus(day.Usage);
        }
        var periods = buckets.Select((b, i) => new UsageRow(b.First.ToString("uuuu-MM-dd", null), b.Label, sums[i])).ToList();
        return new UsageReport(first, last, grouping, UsageTotals.Sum(sums), periods, parts.OrderBy(p => p.Label, StringComparer.OrdinalIgnoreCase).ToList());
    }

    private static int IndexOf(IReadOnlyList<ReportBucket> buckets, LocalDate date)
    {
        int low = 0, high = buckets.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (buckets[middle].Last < date) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
