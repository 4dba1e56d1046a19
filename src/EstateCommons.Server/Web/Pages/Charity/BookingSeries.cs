using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Server.Api;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>A booking's series: every occurrence from the booking's own date on, or just the booking when it stands alone.</summary>
public static class BookingSeries
{
    public static async Task<IReadOnlyList<Booking>> From(IGrainFactory grains, Booking booking)
    {
        if (booking.SeriesId is null) return [booking];
        var first = booking.LocalStart.Date;
        var last = first.PlusDays(Recurrence.MaxOccurrences * 14);
        return (await OrganisationsApi.BookingsStarting(grains, booking.OrganisationId, first, last))
            .Where(b => b.SeriesId == booking.SeriesId)
            .ToList();
    }
}
