using NodaTime;

namespace EstateCommons.Domain.Reporting;

/// <summary>How a report's rows split its dates: by day, ISO week (Monday to Sunday), calendar month or financial quarter.</summary>
public enum ReportGrouping
{
    Day,
    Week,
    Month,
    Quarter,
}

/// <summary>One row's dates in a report, clipped to the report's range, and how to name it.</summary>
[GenerateSerializer, Immutable]
public sealed record ReportBucket(string Label, LocalDate First, LocalDate Last)
{
    /// <summary>The buckets covering <paramref name="first"/> to <paramref name="last"/> (inclusive), in order.</summary>
    public static IReadOnlyList<ReportBucket> Split(LocalDate first, LocalDate last, ReportGrouping grouping)
    {
        var buckets = new List<ReportBucket>();
        for (var start = first; start <= last;)
        {
            var (label, end) = grouping switch
            {
                ReportGrouping.Day => (Iso(start), start),
                ReportGrouping.Week => (Week(start), start.Next(IsoDayOfWeek.Monday).PlusDays(-1)),
                ReportGrouping.Month => ($"{start.Year:D4}-{start.Month:D2}", start.With(DateAdjusters.EndOfMonth)),
                _ => (FinancialQuarter.Containing(start).Label, FinancialQuarter.Containing(start).Last),
            };
            if (end > last) end = last;
            buckets.Add(new ReportBucket(label, start, end));
            start = end.PlusDays(1);
        }
        return buckets;
    }

    private static string Week(LocalDate date) => $"w/c {Iso(date.DayOfWeek == IsoDayOfWeek.Monday ? date : date.Previous(IsoDayOfWeek.Monday))}";

    private static string Iso(LocalDate date) => $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}";
}
