using EstateCommons.GrainInterfaces.Accounts;
using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Payments;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

public static class PaymentsApi
{
    public static RouteGroupBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payments").WithTags("Payments").RequireAuthorization();
        api.MapGet("/{paymentId}", Get).WithSummary(
            "A payment: what it is for, its status and amount, the checkout URL and the hold's end while it is open, and refunds. " +
            "The payer (for room hire, any member of the booking organisation) and managers of the site's trust.");
        return api;
    }

    private static async Task<Results<Ok<PaymentView>, ProblemHttpResult>> Get(string paymentId, CallerAccessor caller, IGrainFactory grains)
    {
        if (await grains.GetGrain<IPaymentGrain>(paymentId).Get() is not { } payment) return Problems.Missing("Payment");
        if (await caller.Current() is not { } me) return Problems.SignInRequired();
        if (!await MaySee(me, payment.Order, grains)) return Problems.NotAllowed("Only the payer and the site's managers see this payment.");
        return TypedResults.Ok(PaymentView.Of(payment));
    }

    private static async Task<bool> MaySee(AccountProfile me, PaymentOrder order, IGrainFactory grains)
    {
        if (me.Manages(order.TrustId) || string.Equals(me.Email, order.PayerEmail, StringComparison.OrdinalIgnoreCase)) return true;
        if (order.Owner.Kind != PaymentOwnerKind.SpaceBookings) return false;
        // Room hire is the booking organisation's to pay, whichever of its members booked.
        var booking = await grains.GetGrain<ISpaceGrain>(order.Owner.Key).GetBooking(order.Owner.Items[0]);
        return booking is not null && me.BelongsTo(booking.OrganisationId);
    }
}
