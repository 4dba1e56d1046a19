using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Markets;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>A market day a seller could still apply for: where and when it trades, and when applications close.</summary>
public sealed record UpcomingMarketDay(MarketDayRef Day, string MarketName, string SiteName, string Location, Interval Opening, Instant ApplicationsClose, DateTimeZone Zone);

/// <summary>
/// The market days at every site whose applications are still open, soonest first, worked out from each market's
/// schedule (as the API's list of a market's days is), so no market day needs waking to be listed.
/// </summary>
public sealed class UpcomingMarketDays(IGrainFactory grains)
{
    /// <summary>How far ahead a seller is shown: applications open at most four weeks ahead, so eight covers every open one.</summary>
    public const int WeeksAhead = 8;

    public async Task<IReadOnlyList<UpcomingMarketDay>> OpenFor(Instant now)
    {
        var sites = await grains.GetGrain<IEstateDirectoryGrain>(0).Sites();
        var perSite = await Task.WhenAll(sites.Select(async site =>
        {
            var summaries = await grains.GetGrain<ISiteGrain>(site.Id).Markets();
            var markets = await Task.WhenAll(summaries.Select(m => grains.GetGrain<IMarketGrain>(new MarketRef(site.Id, m.MarketId).Key).Get()));
            var today = now.InZone(site.TimeZone).Date;
            return markets.OfType<MarketSnapshot>().SelectMany(m => Open(m, site.Name, today, now));
        }));
        return perSite.SelectMany(days => days).OrderBy(d => d.Opening.Start).ThenBy(d => d.MarketName, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<UpcomingMarketDay> Open(MarketSnapshot market, string siteName, LocalDate today, Instant now)
    {
        var d = market.Definition;
        var zone = market.Site.TimeZone;
        return d.Schedule.MarketDays(today, today.PlusWeeks(WeeksAhead))
            .Select(date => (Date: date, Times: MarketDayTimes.For(d, date, zone)))
            .Where(day => now < day.Times.ApplicationsClose)
            .Select(day => new UpcomingMarketDay(market.Ref.On(day.Date), d.Name, siteName, d.Location, day.Times.Opening, day.Times.ApplicationsClose, zone));
    }
}
