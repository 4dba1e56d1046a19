using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;

namespace EstateCommons.Server.Web.Pages.Manager.Reports;

/// <summary>How a site's spaces were used in a month: the API's usage report for the site, for its trust's managers.</summary>
public sealed class SiteUsageModel(IGrainFactory grains, CallerAccessor caller, IClock clock)
    : ReportPage<UsageReportView>(clock, (http, query) => ReportsApi.Usage(ReportAccess.Site(http, caller, grains), query, grains));
