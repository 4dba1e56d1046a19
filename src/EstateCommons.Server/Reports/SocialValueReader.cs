using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Reporting;

namespace EstateCommons.Server.Reports;

/// <summary>
/// A trust's social-value statement for a financial quarter, from the same slices as its usage and market reports, so
/// the statement's figures are the reports' totals for the quarter.
/// </summary>
public static class SocialValueReader
{
    public static async Task<SocialValueStatement> Read(IGrainFactory grains, ReportScope trust, FinancialQuarter quarter, TakingsViewer viewer)
    {
        var periods = new ReportPeriods(quarter.First, quarter.Last, ReportGrouping.Quarter);
        var slices = await SiteSlices.Read(grains, trust, quarter.First, quarter.Last);
        var usage = UsageReports.Build(trust, periods, slices).Totals;
        var marketDays = slices.SelectMany(s => s.Slice.MarketDays).Where(d => d.Date >= quarter.First && d.Date <= quarter.Last).ToList();
        return new SocialValueStatement(trust.Id, trust.Name, quarter, trust.Sites.Count, usage, MarketTotals.Of(marketDays, viewer));
    }
}
