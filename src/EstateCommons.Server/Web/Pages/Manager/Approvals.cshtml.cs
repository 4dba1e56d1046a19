using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager;

/// <summary>
/// Bookings waiting for approval at every site the manager manages, each with Approve and Reject. Approving calls the
/// space's grain as POST /api/bookings/{id}/approve does, after the same check that the caller manages its site.
/// </summary>
public sealed class ApprovalsModel(IGrainFactory grains, CallerAccessor caller, IClock clock) : ManagerPage
{
    public IReadOnlyList<PendingApproval> Pending { get; private set; } = [];

    public async Task OnGet()
    {
        if (await caller.Current() is not { } me) return;
        var trusts = await ManagedEstate.Of(me, grains);
        Pending = await PendingApprovals.Of(trusts.SelectMany(t => t.Sites), grains, clock);
    }

    public async Task<IActionResult> OnPostApprove(string bookingId)
    {
        var (space, me, problem) = await BookingsApi.ManagedBooking(bookingId, caller, grains);
        if (problem is not null) return Refuse(problem);
        var change = await space!.Approve(bookingId, me!.Email);
        if (change.NotFound || change.Problem is not null)
        {
            ModelState.AddModelError("", change.Problem ?? "That booking no longer exists.");
            await OnGet();
            return Page();
        }
        var approved = change.Changed[0];
        Done = $"You approved the booking on {DisplayTime.Date(approved.Start.InZone(DateTimeZoneProviders.Tzdb[approved.TimeZoneId]).Date)}. The organisation can see it is confirmed.";
        return RedirectToPage();
    }
}
