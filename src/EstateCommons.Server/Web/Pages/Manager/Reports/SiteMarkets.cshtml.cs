using EstateCommons.Server.Api;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;

namespace EstateCommons.Server.Web.Pages.Manager.Reports;

/// <summary>A site's market days in a month, market by market: the API's market report for the site, for its trust's managers.</summary>
public sealed class SiteMarketsModel(IGrainFactory grains, CallerAccessor caller, IClock clock)
    : ReportPage<MarketReportView>(clock, (http, query) => ReportsApi.Markets(ReportAccess.Site(http, caller, grains), query, grains));
