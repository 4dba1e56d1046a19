using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Organisations;
using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>The upcoming bookings (the next 90 days, any status) of every organisation the caller belongs to.</summary>
[Authorize]
public sealed class MyBookingsModel(IGrainFactory grains, CallerAccessor caller, IClock clock) : PageModel
{
    private const int DaysAhead = 90;

    public IReadOnlyList<(Organisation Organisation, IReadOnlyList<Booking> Bookings)> Organisations { get; private set; } = [];

    public IReadOnlyDictionary<SpaceRef, string> Places { get; private set; } = new Dictionary<SpaceRef, string>();

    public async Task OnGet()
    {
        var me = await caller.Current();
        var today = clock.GetCurrentInstant().InUtc().Date;
        var found = await Task.WhenAll((me?.Organisations ?? []).Select(async id =>
            (await grains.GetGrain<IOrganisationGrain>(id).Get(), await OrganisationsApi.BookingsStarting(grains, id, today, today.PlusDays(DaysAhead)))));
        Organisations = found.Where(f => f.Item1 is not null).Select(f => (f.Item1!, f.Item2)).OrderBy(f => f.Item1.Name).ToList();
        Places = await BookingDisplay.Places(grains, Organisations.SelectMany(o => o.Bookings));
    }
}
