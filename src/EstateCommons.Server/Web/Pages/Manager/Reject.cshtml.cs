using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Manager;

/// <summary>
/// Rejecting a booking pending approval with a reason the organisation sees; anything paid is refunded in full, as
/// POST /api/bookings/{id}/reject does, after the same check that the caller manages its site.
/// </summary>
public sealed class RejectModel(IGrainFactory grains, CallerAccessor caller) : ManagerPage
{
    [BindProperty]
    public string? Reason { get; set; }

    public PendingApproval? Booking { get; private set; }

    public async Task<IActionResult> OnGet(string bookingId)
    {
        var (space, _, problem) = await BookingsApi.ManagedBooking(bookingId, caller, grains);
        if (problem is not null) return Refuse(problem);
        Booking = await space!.GetBooking(bookingId) is { } booking ? await PendingApprovals.One(booking, grains) : null;
        return Booking is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPost(string bookingId)
    {
        var (space, me, problem) = await BookingsApi.ManagedBooking(bookingId, caller, grains);
        if (problem is not null) return Refuse(problem);
        Reason = Reason?.Trim();
        if (string.IsNullOrEmpty(Reason)) ModelState.AddModelError(nameof(Reason), "Enter why you are rejecting the booking. The organisation will see it.");
        else if (Reason.Length > BookingsApi.MostRejectReasonLength) ModelState.AddModelError(nameof(Reason), $"Reason must be {BookingsApi.MostRejectReasonLength} characters or fewer.");
        if (ModelState.IsValid)
        {
            var change = await space!.Reject(bookingId, me!.Email, Reason);
            if (!change.NotFound && change.Problem is null)
            {
                Done = change.Refunds is { Count: > 0 } ? "You rejected the booking. What the organisation paid is being refunded in full." : "You rejected the booking.";
                return RedirectToPage("/Manager/Approvals");
            }
            ModelState.AddModelError("", change.Problem ?? "That booking no longer exists.");
        }
        return await OnGet(bookingId) is PageResult ? Page() : NotFound();
    }
}
