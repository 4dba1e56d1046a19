using EstateCommons.Domain.Reporting;

namespace EstateCommons.Server.Reports;

/// <summary>
/// Builds a <see cref="UsageReport"/> from the slices of a scope: each site-day goes into its period's tally and its
/// part's tally (within a site, the parts are its spaces, whose totals the slices carry ready-made). The totals are
/// the periods' sum, so the rows always add up to them.
/// </summary>
public static class UsageReports
{
    public static UsageReport Build(ReportScope scope, ReportPeriods periods, IReadOnlyList<ScopedSlice> slices)
    {
        var periodTallies = periods.Buckets.Select(_ => new UsageTally()).ToArray();
        var partTallies = scope.UsageParts.Keys.ToDictionary(id => id, _ => new UsageTally(), StringComparer.Ordinal);
        foreach (var (partId, slice) in slices)
        {
            var part = scope.PartsWithinSite ? null : Tally(partTallies, partId);
            foreach (var day in slice.Days)
            {
                var index = periods.IndexOf(day.Date);
                if (index < 0) continue;
                periodTallies[index].Add(day.Usage);
                part?.Add(day.Usage);
            }
            if (!scope.PartsWithinSite) continue;
            foreach (var (spaceId, usage) in slice.Spaces) Tally(partTallies, spaceId).Add(usage);
        }

        var totals = new UsageTally();
        foreach (var tally in periodTallies) totals.Add(tally);
        var periodRows = periods.Buckets.Select((b, i) => new UsageRow(ReportPeriods.RowId(b), b.Label, periodTallies[i].ToTotals())).ToList();
        var partRows = partTallies
            .Select(p => new UsageRow(p.Key, scope.UsageParts.GetValueOrDefault(p.Key, p.Key), p.Value.ToTotals()))
            .OrderBy(r => r.Label, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new UsageReport(periods.First, periods.Last, periods.Grouping, totals.ToTotals(), periodRows, partRows);
    }

    private static UsageTally Tally(Dictionary<string, UsageTally> tallies, string partId)
    {
        if (!tallies.TryGetValue(partId, out var tally)) tallies[partId] = tally = new UsageTally();
        return tally;
    }
}
