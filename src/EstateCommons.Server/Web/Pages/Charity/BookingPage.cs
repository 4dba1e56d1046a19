using EstateCommons.Domain.Bookings;
using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>Opening a booking on a page, for whoever the API would show it to.</summary>
public static class BookingPage
{
    /// <summary>The booking when the caller may see it; otherwise null, with the response's status saying why (404 or 403).</summary>
    public static async Task<Booking?> Visible(HttpResponse response, string id, CallerAccessor caller, IGrainFactory grains)
    {
        var (booking, _, problem) = await BookingsApi.VisibleBooking(id, caller, grains);
        if (problem is not null) response.StatusCode = problem.StatusCode;
        return booking;
    }
}
