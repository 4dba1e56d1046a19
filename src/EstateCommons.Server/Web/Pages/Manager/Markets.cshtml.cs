using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager;

/// <summary>A site's food markets and each one's trading days over the next <see cref="DaysAhead"/> days, from its schedule.</summary>
public sealed class MarketsModel(IGrainFactory grains, CallerAccessor caller, IClock clock) : ManagerPage
{
    public const int DaysAhead = 56;

    public Site? Site { get; private set; }

    public IReadOnlyList<MarketSnapshot> Markets { get; private set; } = [];

    public LocalDate Today { get; private set; }

    public IEnumerable<LocalDate> UpcomingDays(MarketSnapshot market) => market.Definition.Schedule.MarketDays(Today, Today.PlusDays(DaysAhead - 1));

    public string Opening(MarketSnapshot market, LocalDate day) => DisplayTime.Hours(market.Definition.Schedule.OpeningOn(day, Site!.TimeZone), Site.TimeZone);

    public async Task<IActionResult> OnGet(string siteId)
    {
        var (site, problem) = await SitesApi.ManagedSite(siteId, caller, grains);
        if (problem is not null) return Refuse(problem);
        Site = site;
        Today = clock.GetCurrentInstant().InZone(site!.TimeZone).Date;
        var summaries = await grains.GetGrain<ISiteGrain>(siteId).Markets();
        var markets = await Task.WhenAll(summaries.Select(m => grains.GetGrain<IMarketGrain>(new MarketRef(siteId, m.MarketId).Key).Get()));
        Markets = markets.OfType<MarketSnapshot>().OrderBy(m => m.Definition.Name, StringComparer.OrdinalIgnoreCase).ToList();
        return Page();
    }
}
