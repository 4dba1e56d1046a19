using EstateCommons.Domain.Bookings;
using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.Payments;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>
/// What was just booked: every occurrence, and what happens next: pay on the provider's page while the time is held,
/// wait for a site manager's approval, or expect an invoice.
/// </summary>
[Authorize]
public sealed class BookedModel(IGrainFactory grains, CallerAccessor caller) : PageModel
{
    public IReadOnlyList<Booking> Bookings { get; private set; } = [];

    public string Place { get; private set; } = "";

    public Payment? Payment { get; private set; }

    public string? CheckoutUrl { get; private set; }

    public async Task OnGet(string id)
    {
        if (await BookingPage.Visible(Response, id, caller, grains) is not { } booking) return;
        Bookings = await BookingSeries.From(grains, booking);
        Place = (await BookingDisplay.Places(grains, [booking]))[booking.Space];
        if (booking.PaymentId is { } paymentId)
        {
            Payment = await grains.GetGrain<IPaymentGrain>(paymentId).Get();
            CheckoutUrl = Payment is { } payment ? Api.Contracts.PaymentView.Of(payment).CheckoutUrl : null;
        }
    }
}
