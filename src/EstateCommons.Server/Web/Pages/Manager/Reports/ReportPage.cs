using System.Globalization;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Estate;
using EstateCommons.Server.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime.Text;

namespace EstateCommons.Server.Web.Pages.Manager.Reports;

/// <summary>
/// A report page with a month picker: the month's weeks are the report's rows, read through the API's report query
/// (<see cref="ReportQuery"/>), and each table downloads as the API's CSV from a cookie-signed-in route under /manage.
/// </summary>
public abstract class ReportPage(IClock clock) : ManagerPage
{
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.Iso;
    private static readonly YearMonthPattern MonthName = YearMonthPattern.Create("MMMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>The month shown, such as 2026-11; this month when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public YearMonth Chosen { get; private set; }

    /// <summary>The months to choose from: the last year's, and the next few for what is booked ahead.</summary>
    public IReadOnlyList<YearMonth> Months { get; private set; } = [];

    public ReportQuery Query => new(LocalClock.Format(Chosen.OnDayOfMonth(1)), LocalClock.Format(Chosen.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1)), "week");

    public static string Name(YearMonth month) => MonthName.Format(month);

    public static string Value(YearMonth month) => MonthPattern.Format(month);

    /// <summary>What the report covers, as its addresses name it: "sites/{siteId}" or "trusts/{trustId}".</summary>
    public string Scope => RouteData.Values.TryGetValue("siteId", out var siteId)
        ? $"sites/{Uri.EscapeDataString((string)siteId!)}"
        : $"trusts/{Uri.EscapeDataString((string)RouteData.Values["trustId"]!)}";

    /// <summary>What a report's parts are: a site's spaces or markets, a trust's sites.</summary>
    public string PartsName(string site) => RouteData.Values.ContainsKey("siteId") ? site : "Site";

    /// <summary>Where a table of this report downloads as CSV, from the cookie-signed-in route under /manage.</summary>
    public string Download(string kind, string table) =>
        $"/manage/{Scope}/reports/{kind}/{table}.csv?from={Query.From}&to={Query.To}&by={Query.By}";

    /// <summary>Reads the month asked for; false (with the error against the picker) when it is not one of the months offered.</summary>
    protected bool ReadMonth()
    {
        var today = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[Site.DefaultTimeZoneId]).Date;
        var thisMonth = new YearMonth(today.Year, today.Month);
        Months = Enumerable.Range(-12, 16).Select(thisMonth.PlusMonths).Reverse().ToList();
        Chosen = thisMonth;
        if (Month is null) return true;
        if (MonthPattern.Parse(Month) is { Success: true } parsed && Months.Contains(parsed.Value))
        {
            Chosen = parsed.Value;
            return true;
        }
        ModelState.AddModelError(nameof(Month), "Choose a month from the list.");
        return false;
    }
}

/// <summary>A report page showing one report of type <typeparamref name="T"/>, read for the chosen month by <c>read</c>, which applies the API's access check.</summary>
public abstract class ReportPage<T>(IClock clock, Func<HttpContext, ReportQuery, Task<(T?, ProblemHttpResult?)>> read) : ReportPage(clock) where T : class
{
    /// <summary>The report, or null when the month asked for was not one offered.</summary>
    public T? Report { get; private set; }

    public async Task<IActionResult> OnGet()
    {
        var monthOk = ReadMonth();
        var (report, problem) = await read(HttpContext, Query);
        if (problem is not null) return Refuse(problem);
        Report = monthOk ? report : null;
        return Page();
    }
}
