using EstateCommons.Domain.Bookings;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>One booking, for its organisation's members and its site's managers (as the API shows it): what, where, its status, and what can be done with it.</summary>
[Authorize]
public sealed class BookingModel(IGrainFactory grains, CallerAccessor caller) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "cancelled")]
    public int? Cancelled { get; set; }

    public Booking? Booking { get; private set; }

    public string Place { get; private set; } = "";

    /// <summary>Later occurrences of its series that still hold time, which "cancel this and following" would also cancel.</summary>
    public int Following { get; private set; }

    public async Task OnGet(string id)
    {
        if (await BookingPage.Visible(Response, id, caller, grains) is not { } booking) return;
        Booking = booking;
        Place = (await BookingDisplay.Places(grains, [booking]))[booking.Space];
        Following = (await BookingSeries.From(grains, booking)).Count(b => b.Start > booking.Start && b.HoldsTime);
    }
}
