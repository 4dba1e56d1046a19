using EstateCommons.Domain.Reporting;

namespace EstateCommons.Server.Reports;

/// <summary>
/// A report's range split into its period rows, with each date's row looked up by its offset from the first date
/// (at most 366 entries), so placing a site-day in its row costs an array read rather than a search.
/// </summary>
public sealed class ReportPeriods
{
    private readonly int[] _bucketOfDay;

    public ReportPeriods(LocalDate first, LocalDate last, ReportGrouping grouping)
    {
        First = first;
        Last = last;
        Grouping = grouping;
        Buckets = ReportBucket.Split(first, last, grouping);
        _bucketOfDay = new int[Period.DaysBetween(first, last) + 1];
        for (var b = 0; b < Buckets.Count; b++)
        {
            for (var day = Period.DaysBetween(first, Buckets[b].First); day <= Period.DaysBetween(first, Buckets[b].Last); day++) _bucketOfDay[day] = b;
        }
    }

    public LocalDate First { get; }

    public LocalDate Last { get; }

    public ReportGrouping Grouping { get; }

    public IReadOnlyList<ReportBucket> Buckets { get; }

    /// <summary>The row a date belongs to, or -1 outside the range.</summary>
    public int IndexOf(LocalDate date) => date < First || date > Last ? -1 : _bucketOfDay[Period.DaysBetween(First, date)];

    /// <summary>A period row's id, the first date it covers, as <see cref="UsageReport"/> names it.</summary>
    public static string RowId(ReportBucket bucket) => bucket.First.ToString("uuuu-MM-dd", null);
}
