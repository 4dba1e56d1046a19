using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Reporting;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using EstateCommons.Server.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

/// <summary>
/// Utilisation and market reports for a site (or one of its spaces), a trust and the whole estate, as JSON and as a CSV
/// per table; and a trust's quarterly social-value statement. Reports are for managers, so takings covering fewer
/// than three sellers are shown but flagged; the Word statement goes to the board and withholds them.
/// </summary>
public static class ReportsApi
{
    private delegate T ReportBuilder<out T>(ReportScope scope, ReportPeriods periods, IReadOnlyList<ScopedSlice> slices);

    private const string Dates = "from and to are local dates (inclusive, at most 366 days); by is day, week, month (the default) or quarter.";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/sites/{siteId}/reports").WithTags("Reports").RequireAuthorization()
            .MapReports(ReportAccess.Site, "a site's spaces (or the one named by spaceId) and its markets", "Managers of the site's trust.");
        var trust = app.MapGroup("/api/trusts/{trustId}/reports").WithTags("Reports").RequireAuthorization()
            .MapReports(ReportAccess.Trust, "a trust's sites", "Managers of the trust.");
        app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization()
            .MapReports(ReportAccess.Estate, "the whole estate, by trust", "Platform admin only.");

        trust.MapGet("/social-value", SocialValue)
            .WithSummary("The trust's social value in a financial quarter (quarter=2027-28-Q1): space given in kind, VCSE hours, utilisation, local sellers. Managers of the trust.");
        trust.MapSocialValueDownloads();
        return app;
    }

    /// <summary>
    /// The same CSV tables and statement downloads for the manager pages under <paramref name="prefix"/> (such as
    /// /manage), where the sign-in cookie authenticates: a browser's link downloads them, while /api keeps asking for
    /// a bearer token.
    /// </summary>
    public static IEndpointRouteBuilder MapReportDownloads(this IEndpointRouteBuilder app, string prefix)
    {
        app.MapGroup($"{prefix}/sites/{{siteId}}/reports").RequireAuthorization().ExcludeFromDescription().MapTables(ReportAccess.Site);
        app.MapGroup($"{prefix}/trusts/{{trustId}}/reports").RequireAuthorization().ExcludeFromDescription().MapTables(ReportAccess.Trust).MapSocialValueDownloads();
        return app;
    }

    private static RouteGroupBuilder MapSocialValueDownloads(this RouteGroupBuilder trust)
    {
        trust.MapGet("/social-value.csv", SocialValueCsv)
            .WithSummary("The same statement as a CSV of measures. Managers of the trust.");
        trust.MapGet("/social-value.docx", SocialValueDocx)
            .WithSummary("The statement as a Word document for the board; takings of fewer than 3 sellers are withheld. Managers of the trust.");
        return trust;
    }

    private static RouteGroupBuilder MapTables(this RouteGroupBuilder downloads, ReportScopeReader scopeOf)
    {
        downloads.MapTable(scopeOf, "usage", UsageView, UsageTables.Names, UsageTables.Of);
        downloads.MapTable(scopeOf, "markets", MarketView, MarketTables.Names, MarketTables.Of);
        return downloads;
    }

    /// <summary>A usage report for the manager pages, when the caller may see its scope.</summary>
    internal static Task<(UsageReportView? Report, ProblemHttpResult? Problem)> Usage(Task<(ReportScope?, ProblemHttpResult?)> scopeOf, ReportQuery query, IGrainFactory grains) =>
        Read(scopeOf, query, grains, UsageView, table: null, tables: []);

    /// <summary>A market report for the manager pages, when the caller may see its scope.</summary>
    internal static Task<(MarketReportView? Report, ProblemHttpResult? Problem)> Markets(Task<(ReportScope?, ProblemHttpResult?)> scopeOf, ReportQuery query, IGrainFactory grains) =>
        Read(scopeOf, query, grains, MarketView, table: null, tables: []);

    private static RouteGroupBuilder MapReports(this RouteGroupBuilder api, ReportScopeReader scopeOf, string covers, string who)
    {
        api.MapReport(scopeOf, "usage", $"Utilisation of {covers}. {Dates} {who}", who, UsageView, UsageTables.Names, UsageTables.Of);
        api.MapReport(scopeOf, "markets", $"Market days of {covers}. {Dates} {who}", who, MarketView, MarketTables.Names, MarketTables.Of);
        return api;
    }

    /// <summary>A report as JSON at /{kind}, and each of its tables as CSV at /{kind}/{table}.csv.</summary>
    private static void MapReport<T>(this RouteGroupBuilder api, ReportScopeReader scopeOf, string kind, string summary, string who,
        ReportBuilder<T> build, IReadOnlyList<string> tables, Func<string, T, CsvTable?> tableOf) where T : class
    {
        api.MapGet($"/{kind}", (HttpContext http, [AsParameters] ReportQuery query, CallerAccessor caller, IGrainFactory grains) =>
                Json(scopeOf(http, caller, grains), query, grains, build))
            .WithSummary(summary);
        api.MapTable(scopeOf, kind, build, tables, tableOf)
            .WithSummary($"A table of the {kind} report as CSV: {string.Join(", ", tables)}. {who}");
    }

    private static RouteHandlerBuilder MapTable<T>(this RouteGroupBuilder api, ReportScopeReader scopeOf, string kind,
        ReportBuilder<T> build, IReadOnlyList<string> tables, Func<string, T, CsvTable?> tableOf) where T : class =>
        api.MapGet($"/{kind}/{{table}}.csv", (HttpContext http, string table, [AsParameters] ReportQuery query, CallerAccessor caller, IGrainFactory grains) =>
            Csv(scopeOf(http, caller, grains), query, grains, build, kind, table, tables, tableOf));

    private static UsageReportView UsageView(ReportScope scope, ReportPeriods periods, IReadOnlyList<ScopedSlice> slices) =>
        UsageReportView.Of(scope, UsageReports.Build(scope, periods, slices));

    private static MarketReportView MarketView(ReportScope scope, ReportPeriods periods, IReadOnlyList<ScopedSlice> slices) =>
        MarketReportView.Of(scope, MarketReport.Build(scope, periods, slices, TakingsViewer.Manager));

    private static async Task<Results<Ok<T>, ProblemHttpResult>> Json<T>(
        Task<(ReportScope?, ProblemHttpResult?)> scopeOf, ReportQuery query, IGrainFactory grains, ReportBuilder<T> build) where T : class
    {
        var (view, problem) = await Read(scopeOf, query, grains, build, table: null, tables: []);
        return problem ?? (Results<Ok<T>, ProblemHttpResult>)TypedResults.Ok(view!);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Csv<T>(
        Task<(ReportScope?, ProblemHttpResult?)> scopeOf, ReportQuery query, IGrainFactory grains, ReportBuilder<T> build,
        string kind, string table, IReadOnlyList<string> tables, Func<string, T, CsvTable?> tableOf) where T : class
    {
        var (view, problem) = await Read(scopeOf, query, grains, build, table, tables);
        if (problem is not null) return problem;
        var (scope, _) = await scopeOf;
        return tableOf(table, view!)!.ToFile($"{scope!.Id}-{query.From}-{query.To}-{kind}-{table}.csv");
    }

    /// <summary>The scope (once the caller may see it), then the table asked for, then the dates; then the slices, and the report built from them.</summary>
    private static async Task<(T?, ProblemHttpResult?)> Read<T>(
        Task<(ReportScope?, ProblemHttpResult?)> scopeOf, ReportQuery query, IGrainFactory grains, ReportBuilder<T> build, string? table, IReadOnlyList<string> tables) where T : class
    {
        var (scope, problem) = await scopeOf;
        if (problem is not null) return (null, problem);
        if (table is not null && !tables.Contains(table)) return (null, Problems.Missing($"Table \"{table}\" (one of {string.Join(", ", tables)})"));
        var (periods, invalid) = query.Read();
        if (invalid is not null) return (null, invalid);
        return (build(scope!, periods!, await SiteSlices.Read(grains, scope!, periods!.First, periods.Last)), null);
    }

    private static async Task<Results<Ok<SocialValueView>, ProblemHttpResult>> SocialValue(HttpContext http, string? quarter, CallerAccessor caller, IGrainFactory grains)
    {
        var (statement, problem) = await Statement(http, quarter, caller, grains, TakingsViewer.Manager);
        return problem ?? (Results<Ok<SocialValueView>, ProblemHttpResult>)TypedResults.Ok(SocialValueView.Of(statement!));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SocialValueCsv(HttpContext http, string? quarter, CallerAccessor caller, IGrainFactory grains)
    {
        var (statement, problem) = await Statement(http, quarter, caller, grains, TakingsViewer.Manager);
        if (problem is not null) return problem;
        return SocialValueTable.Of(SocialValueView.Of(statement!)).ToFile($"{statement!.TrustId}-{statement.Quarter.Code}-social-value.csv");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SocialValueDocx(HttpContext http, string? quarter, CallerAccessor caller, IGrainFactory grains)
    {
        // The document is handed on beyond the managers, so it is made for the public whoever downloads it.
        var (statement, problem) = await Statement(http, quarter, caller, grains, TakingsViewer.Public);
        if (problem is not null) return problem;
        return TypedResults.File(SocialValueDocument.Write(statement!), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SocialValueDocument.FileName(statement!));
    }

    /// <summary>A trust's statement for the quarter, when the caller manages the trust (from the route's trustId).</summary>
    internal static async Task<(SocialValueStatement?, ProblemHttpResult?)> Statement(HttpContext http, string? quarter, CallerAccessor caller, IGrainFactory grains, TakingsViewer viewer)
    {
        var (scope, problem) = await ReportAccess.Trust(http, caller, grains);
        if (problem is not null) return (null, problem);
        if (!FinancialQuarter.TryParse(quarter, out var parsed)) return (null, Problems.Invalid("quarter", "Give a quarter of the NHS financial year (April to March), such as quarter=2027-28-Q1."));
        return (await SocialValueReader.Read(grains, scope!, parsed, viewer), null);
    }
}
