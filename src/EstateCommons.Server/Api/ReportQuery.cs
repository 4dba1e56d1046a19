using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Reporting;
using EstateCommons.Server.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

/// <summary>
/// A report's query: local dates from and to (inclusive, at most <see cref="MaxDays"/> days, so a query's cost stays
/// bounded) and how to split them into rows (day, week, month or quarter; month when not given).
/// </summary>
public sealed record ReportQuery(string? From, string? To, string? By)
{
    public const int MaxDays = 366;

    public (ReportPeriods? Periods, ProblemHttpResult? Problem) Read()
    {
        var errors = new List<FieldError>();
        var fromOk = LocalClock.TryParseDate(From, out var first);
        var toOk = LocalClock.TryParseDate(To, out var last);
        if (!fromOk) errors.Add(new FieldError("from", "Give from as a local date, such as from=2027-03-01."));
        if (!toOk) errors.Add(new FieldError("to", "Give to as a local date, such as to=2027-03-31."));
        if (fromOk && toOk && last < first) errors.Add(new FieldError("to", "to must be on or after from."));
        else if (fromOk && toOk && Period.DaysBetween(first, last) >= MaxDays) errors.Add(new FieldError("to", $"A report covers at most {MaxDays} days."));
        var grouping = ReportGrouping.Month;
        if (By is not null && !TryGrouping(By, out grouping)) errors.Add(new FieldError("by", "by must be day, week, month or quarter."));
        return errors.Count > 0 ? (null, Problems.Invalid(errors)) : (new ReportPeriods(first, last, grouping), null);
    }

    /// <summary>A grouping by its name only: Enum.TryParse would also take "2" or "day,week".</summary>
    private static bool TryGrouping(string text, out ReportGrouping grouping)
    {
        foreach (var candidate in Enum.GetValues<ReportGrouping>())
        {
            if (!string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase)) continue;
            grouping = candidate;
            return true;
        }
        grouping = default;
        return false;
    }
}
