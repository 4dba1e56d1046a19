using EstateCommons.Domain.Bookings;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>
/// Asks before cancelling a booking, or it and the rest of its series, then cancels through
/// <see cref="BookingsApi.CancelForCaller"/> so refunds and who may cancel follow the API's rules.
/// </summary>
[Authorize]
public sealed class CancelModel(IGrainFactory grains, CallerAccessor caller) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "scope")]
    public string? ScopeText { get; set; }

    public Booking? Booking { get; private set; }

    public IReadOnlyList<Booking> Cancelling { get; private set; } = [];

    public CancelScope Scope => ScopeText == "following" ? CancelScope.ThisAndFollowing : CancelScope.ThisOccurrence;

    public async Task OnGet(string id) => await Load(id);

    public async Task<IActionResult> OnPost(string id)
    {
        if (!await Load(id)) return Page();
        var (change, problem) = await BookingsApi.CancelForCaller(id, Scope, caller, grains);
        if (problem is not null || change!.Problem is not null || change.NotFound)
        {
            ModelState.AddModelError("", change?.Problem ?? problem?.ProblemDetails.Detail ?? "The booking could not be cancelled.");
            return Page();
        }
        return RedirectToPage("/Charity/Booking", new { id, cancelled = change.Changed.Count });
    }

    private async Task<bool> Load(string id)
    {
        if (await BookingPage.Visible(Response, id, caller, grains) is not { } booking) return false;
        Booking = booking;
        Cancelling = Scope == CancelScope.ThisOccurrence
            ? [booking]
            : (await BookingSeries.From(grains, booking)).Where(b => b.HoldsTime).ToList();
        return true;
    }
}
