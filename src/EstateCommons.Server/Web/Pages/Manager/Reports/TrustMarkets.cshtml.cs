using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;

namespace EstateCommons.Server.Web.Pages.Manager.Reports;

/// <summary>A trust's market days in a month, site by site: the API's market report for the trust, for its managers.</summary>
public sealed class TrustMarketsModel(IGrainFactory grains, CallerAccessor caller, IClock clock)
    : ReportPage<MarketReportView>(clock, (http, query) => ReportsApi.Markets(ReportAccess.Trust(http, caller, grains), query, grains));
