using System.Globalization;
using CsvHelper;
using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.Payments;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime.Text;

namespace EstateCommons.Server.Api;

public static class ReconciliationApi
{
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");

    public static RouteGroupBuilder MapReconciliationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sites/{siteId}").WithTags("Payments").RequireAuthorization();
        api.MapGet("/reconciliation", Reconcile)
            .WithSummary("A site's money for a month (month=yyyy-MM, in the site's zone): payments, refunds, items to invoice and failed charges outstanding, with totals. Managers of the site's trust.");
        api.MapGet("/reconciliation.csv", Csv)
            .WithSummary("The same month's lines as CSV, one row per payment, refund, invoice item or outstanding charge. Managers of the site's trust.");
        return api;
    }

    private static async Task<Results<Ok<ReconciliationView>, ProblemHttpResult>> Reconcile(string siteId, string? month, CallerAccessor caller, IGrainFactory grains)
    {
        var (reconciliation, zone, problem) = await Read(siteId, month, caller, grains);
        return problem ?? (Results<Ok<ReconciliationView>, ProblemHttpResult>)TypedResults.Ok(ReconciliationView.Of(reconciliation!, zone!));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Csv(string siteId, string? month, CallerAccessor caller, IGrainFactory grains)
    {
        var (reconciliation, zone, problem) = await Read(siteId, month, caller, grains);
        if (problem is not null) return problem;
        var view = ReconciliationView.Of(reconciliation!, zone!);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            await csv.WriteRecordsAsync(view.Payments.Concat(view.Refunds).Concat(view.ToInvoice).Concat(view.Outstanding));
        }
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"{siteId}-{view.Month}-reconciliation.csv");
    }

    private static async Task<(Reconciliation? Reconciliation, DateTimeZone? Zone, ProblemHttpResult? Problem)> Read(string siteId, string? month, CallerAccessor caller, IGrainFactory grains)
    {
        var (site, problem) = await SitesApi.ManagedSite(siteId, caller, grains);
        if (problem is not null) return (null, null, problem);
        var parsed = MonthPattern.Parse(month ?? "");
        if (!parsed.Success) return (null, null, Problems.Invalid("month", "Give the month as yyyy-MM, such as month=2027-03."));
        var ledger = new LedgerMonth(siteId, parsed.Value);
        return (await grains.GetGrain<ISiteLedgerGrain>(ledger.Key).Reconcile(), site!.TimeZone, null);
    }
}
