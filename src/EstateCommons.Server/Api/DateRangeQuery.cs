using EstateCommons.Domain.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

/// <summary>
/// The "from" and "to" local dates of a query (both inclusive), bounded in length so a query's cost stays bounded.
/// Either may be optional when a default is given.
/// </summary>
public readonly record struct DateRangeQuery(LocalDate First, LocalDate Last)
{
    public static (DateRangeQuery Range, ProblemHttpResult? Problem) Read(
        string? from, string? to, int maxDays, LocalDate? defaultFrom = null, LocalDate? defaultTo = null)
    {
        var first = defaultFrom ?? default;
        var last = defaultTo ?? default;
        var fromOk = (from is null && defaultFrom is not null) || LocalClock.TryParseDate(from, out first);
        var toOk = (to is null && defaultTo is not null) || LocalClock.TryParseDate(to, out last);
        if (!fromOk || !toOk)
        {
            return (default, Problems.Invalid(fromOk ? "to" : "from", "Give from and to as local dates, such as from=2027-03-01&to=2027-03-07."));
        }
        if (last < first || Period.Between(first, last, PeriodUnits.Days).Days >= maxDays)
        {
            return (default, Problems.Invalid("to", $"to must be on or after from, at most {maxDays} days in all."));
        }
        return (new DateRangeQuery(first, last), null);
    }
}
