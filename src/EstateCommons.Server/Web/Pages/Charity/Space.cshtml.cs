using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Spaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>
/// A space's details and when it is free, as a grid of hour slots for one day or a week (Monday to Sunday), read from
/// the space's calendar as the availability API reads it, across the space's opening hours. Only free, booked or closed
/// is shown, never who holds the time.
/// </summary>
public sealed class SpaceModel(IGrainFactory grains, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "date")]
    public string? DateText { get; set; }

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public SpaceSnapshot? Snapshot { get; private set; }

    public Site? Site { get; private set; }

    public SpaceDefinition Space => Snapshot!.Definition;

    public bool Week => string.Equals(View, "week", StringComparison.OrdinalIgnoreCase);

    public LocalDate Date { get; private set; }

    public AvailabilityGrid Grid { get; private set; } = null!;

    public async Task OnGet(string siteId, string spaceId)
    {
        Snapshot = await grains.GetGrain<ISpaceGrain>(new SpaceRef(siteId, spaceId).Key).Get();
        Site = await grains.GetGrain<ISiteGrain>(siteId).Get();
        if (Snapshot is null || Site is null)
        {
            Snapshot = null;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var today = clock.GetCurrentInstant().InZone(Site.TimeZone).Date;
        Date = LocalClock.TryParseDate(DateText, out var asked) ? asked : today;
        var first = Week ? Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)) : Date;
        var days = Enumerable.Range(0, Week ? 7 : 1).Select(first.PlusDays).ToList();
        var free = await grains.GetGrain<ISpaceGrain>(Snapshot.Space.Key).FreeBetween(days[0], days[^1]);
        Grid = AvailabilityGrid.Of(days, free, Space.OpeningHours, Site.TimeZone);
    }
}
