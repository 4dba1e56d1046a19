using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;

namespace EstateCommons.Server.Web.Pages.Manager.Reports;

/// <summary>How a trust's spaces were used in a month, site by site: the API's usage report for the trust, for its managers.</summary>
public sealed class TrustUsageModel(IGrainFactory grains, CallerAccessor caller, IClock clock)
    : ReportPage<UsageReportView>(clock, (http, query) => ReportsApi.Usage(ReportAccess.Trust(http, caller, grains), query, grains));
