using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.Server.WhatsOn;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.WhatsOn;

/// <summary>
/// What is on at one site today (its local date): market days with their confirmed sellers and pitch map, and the
/// charity services in its spaces; then the market days later this week, and the site's calendar feed to subscribe to.
/// Read through <see cref="WhatsOnReader"/>, as the API and the feed are, so all three agree.
/// </summary>
public sealed class SiteModel(IGrainFactory grains, IClock clock) : PageModel
{
    private const int DaysShown = 7;

    public WhatsOnSchedule? Schedule { get; private set; }

    public LocalDate Today { get; private set; }

    public DateTimeZone Zone => Schedule!.Site.TimeZone;

    public IEnumerable<MarketDayOn> MarketsToday => Schedule!.MarketDays.Where(d => d.Date == Today);

    public IEnumerable<ServiceSession> ServicesToday => Schedule!.Services.Where(s => s.Date == Today);

    public IEnumerable<MarketDayOn> MarketsLater => Schedule!.MarketDays.Where(d => d.Date > Today);

    /// <summary>The site's calendar feed: webcal:// opens the phone's or computer's calendar app to subscribe.</summary>
    public string FeedAddress(string scheme) => $"{scheme}://{Request.Host}/api/sites/{Uri.EscapeDataString(Schedule!.Site.Id)}/calendar.ics";

    public async Task OnGet(string siteId)
    {
        if (await grains.GetGrain<ISiteGrain>(siteId).Get() is not { } site)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        Today = clock.GetCurrentInstant().InZone(site.TimeZone).Date;
        Schedule = await new WhatsOnReader(grains).Read(site, Today, Today.PlusDays(DaysShown - 1));
    }
}
