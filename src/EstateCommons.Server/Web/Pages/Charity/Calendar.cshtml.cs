using EstateCommons.Server.Auth;
using EstateCommons.Server.WhatsOn;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>A booking, or it and the rest of its series, as an .ics file to download, for whoever may see the booking.</summary>
[Authorize]
public sealed class CalendarModel(IGrainFactory grains, CallerAccessor caller, IClock clock) : PageModel
{
    public async Task<IActionResult> OnGet(string id, bool series)
    {
        if (await BookingPage.Visible(Response, id, caller, grains) is not { } booking) return StatusCode(Response.StatusCode);
        var bookings = series ? await BookingSeries.From(grains, booking) : [booking];
        var ics = BookingCalendar.Ics(bookings, await BookingDisplay.Places(grains, bookings), clock.GetCurrentInstant());
        return File(System.Text.Encoding.UTF8.GetBytes(ics), SiteCalendar.ContentType, series ? "bookings.ics" : "booking.ics");
    }
}
