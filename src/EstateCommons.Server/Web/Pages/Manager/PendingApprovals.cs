using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Estate;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Organisations;
using EstateCommons.Server.Api;

namespace EstateCommons.Server.Web.Pages.Manager;

/// <summary>A booking waiting for a manager's approval, with the names a manager knows it by.</summary>
public sealed record PendingApproval(Booking Booking, Site Site, string SpaceName, string OrganisationName)
{
    public DateTimeZone Zone => Site.TimeZone;

    public LocalDate Date => Booking.Start.InZone(Zone).Date;
}

/// <summary>
/// The approvals queue: bookings pending approval at the sites a manager manages, from today (each site's local date)
/// for the next <see cref="SiteBookingsReader.MostDays"/> days, read as the site bookings list reads them; earliest first.
/// </summary>
public static class PendingApprovals
{
    public static async Task<IReadOnlyList<PendingApproval>> Of(IEnumerable<Site> sites, IGrainFactory grains, IClock clock)
    {
        var perSite = await Task.WhenAll(sites.Select(site => AtSite(site, grains, clock)));
        var pending = perSite.SelectMany(p => p).ToList();
        var organisations = await Task.WhenAll(pending.Select(p => p.Booking.OrganisationId).Distinct(StringComparer.Ordinal)
            .Select(id => grains.GetGrain<IOrganisationGrain>(id).Get()));
        var names = organisations.OfType<EstateCommons.Domain.Organisations.Organisation>().ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        return pending
            .Select(p => p with { OrganisationName = names.GetValueOrDefault(p.Booking.OrganisationId, p.Booking.OrganisationId) })
            .OrderBy(p => p.Booking.Start)
            .ToList();
    }

    /// <summary>One booking with its site's, space's and organisation's names; null when its site has gone.</summary>
    public static async Task<PendingApproval?> One(Booking booking, IGrainFactory grains)
    {
        var site = grains.GetGrain<ISiteGrain>(booking.Space.SiteId);
        var organisation = grains.GetGrain<IOrganisationGrain>(booking.OrganisationId).Get();
        if (await site.Get() is not { } found) return null;
        var space = (await site.Spaces()).FirstOrDefault(s => s.SpaceId == booking.Space.SpaceId);
        return new PendingApproval(booking, found, space?.Name ?? booking.Space.SpaceId, (await organisation)?.Name ?? booking.OrganisationId);
    }

    private static async Task<IEnumerable<PendingApproval>> AtSite(Site site, IGrainFactory grains, IClock clock)
    {
        var today = clock.GetCurrentInstant().InZone(site.TimeZone).Date;
        var spaces = grains.GetGrain<ISiteGrain>(site.Id).Spaces();
        var bookings = await SiteBookingsReader.Between(grains, site, today, today.PlusDays(SiteBookingsReader.MostDays - 1));
        var spaceNames = (await spaces).ToDictionary(s => s.SpaceId, s => s.Name, StringComparer.Ordinal);
        return bookings.Where(b => b.Status == BookingStatus.PendingApproval)
            .Select(b => new PendingApproval(b, site, spaceNames.GetValueOrDefault(b.Space.SpaceId, b.Space.SpaceId), ""));
    }
}
