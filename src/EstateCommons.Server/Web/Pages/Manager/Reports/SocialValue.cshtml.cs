using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Reporting;
using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager.Reports;

/// <summary>
/// A trust's social-value statement for a financial quarter, read as GET /api/trusts/{trustId}/reports/social-value
/// reads it (for the trust's managers), with links to the board's Word document and the CSV.
/// </summary>
public sealed class SocialValueModel(IGrainFactory grains, CallerAccessor caller, IClock clock) : ManagerPage
{
    private const int QuartersOffered = 8;

    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    public IReadOnlyList<FinancialQuarter> Quarters { get; private set; } = [];

    public SocialValueView? Statement { get; private set; }

    public async Task<IActionResult> OnGet()
    {
        var today = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[Site.DefaultTimeZoneId]).Date;
        Quarters = Enumerable.Range(0, QuartersOffered).Select(i => FinancialQuarter.Containing(today.PlusMonths(-3 * i))).ToList();
        Quarter ??= Quarters[0].Code;
        if (!Quarters.Any(q => q.Code == Quarter))
        {
            ModelState.AddModelError(nameof(Quarter), "Choose a quarter from the list.");
            Quarter = Quarters[0].Code;
        }
        var (statement, problem) = await ReportsApi.Statement(HttpContext, Quarter, caller, grains, TakingsViewer.Manager);
        if (problem is not null) return Refuse(problem);
        Statement = ModelState.IsValid ? SocialValueView.Of(statement!) : null;
        return Page();
    }

    public string Download(string extension) =>
        $"/manage/trusts/{Uri.EscapeDataString((string)RouteData.Values["trustId"]!)}/reports/social-value.{extension}?quarter={Quarter}";
}
