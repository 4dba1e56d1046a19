using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Spaces;

namespace EstateCommons.Server.Api;

/// <summary>
/// The bookings holding time at a site between two local dates, asked of each space's grain (the single writer of
/// its calendar) in parallel, earliest first: the site bookings list and the managers' approvals queue.
/// </summary>
public static class SiteBookingsReader
{
    /// <summary>The most days one read covers, so its cost stays bounded.</summary>
    public const int MostDays = 93;

    public static async Task<IReadOnlyList<Booking>> Between(IGrainFactory grains, Site site, LocalDate first, LocalDate last)
    {
        var zone = site.TimeZone;
        var range = new Interval(zone.AtStartOfDay(first).ToInstant(), zone.AtStartOfDay(last.PlusDays(1)).ToInstant());
        var spaces = await grains.GetGrain<ISiteGrain>(site.Id).Spaces();
        var found = await Task.WhenAll(spaces.Select(s => grains.GetGrain<ISpaceGrain>(new SpaceRef(site.Id, s.SpaceId).Key).BookingsBetween(range)));
        return found.SelectMany(b => b).OrderBy(b => b.Start).ToList();
    }
}
