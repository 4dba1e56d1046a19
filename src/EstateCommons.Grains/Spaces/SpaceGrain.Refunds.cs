using EstateCommons.Domain.Bookings;
using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Payments;

namespace EstateCommons.Grains.Spaces;

// What cancelling or rejecting a booking does to its money: a paid booking is refunded by the space's cancellation
// policy (or credited off the invoice when payments are off); an unpaid hold is called off whole.
public sealed partial class SpaceGrain
{
    /// <summary>
    /// Refunds what the changed bookings are owed, then writes them. Refunding first means a failure in between leaves
    /// the booking as it was, and cancelling again refunds nothing twice: each booking's refund has its own key.
    /// </summary>
    private async Task<BookingChange> SaveRefunding(List<Booking> changed, bool byManager, string reason)
    {
        IReadOnlyList<BookingRefund> refunds;
        try
        {
            refunds = await RefundOwed(changed, byManager, reason);
        }
        catch (PaymentProviderException)
        {
            _calendar.Trim();
            return new BookingChange([], "The payment provider could not be reached to refund, so nothing changed. Try again shortly.", PaymentUnavailable: true);
        }
        await SaveAndPublish(changed);
        _calendar.Trim();
        return new BookingChange(changed, null, Refunds: refunds);
    }

    private async Task<IReadOnlyList<BookingRefund>> RefundOwed(List<Booking> bookings, bool byManager, string reason)
    {
        var policy = space.State.Definition!.CancellationPolicy;
        var now = clock.GetCurrentInstant();
        var refunds = new List<BookingRefund>();
        var payments = new Dictionary<string, Payment>();
        foreach (var booking in bookings.Where(b => b.PaymentId is not null))
        {
            var amount = policy.RefundFor(booking, now, byManager);
            if (amount.MinorUnits <= 0) continue;
            var key = "cancel:" + booking.Id;
            var payment = await GrainFactory.GetGrain<IPaymentGrain>(booking.PaymentId!).Refund(key, amount, reason);
            payments[payment.Id] = payment;
            if (payment.RefundList.FirstOrDefault(r => r.Key == key) is { } refund) refunds.Add(new BookingRefund(booking.Id, payment.Id, refund.Amount));
        }
        // An invoice credited in full is closed: nothing is left to invoice.
        foreach (var payment in payments.Values.Where(p => p is { Status: PaymentStatus.ToInvoice, Refundable.MinorUnits: 0 }))
        {
            await GrainFactory.GetGrain<IPaymentGrain>(payment.Id).Cancel();
        }
        return refunds;
    }

    private async Task<BookingChange> CancelUnpaidHold(Booking booking, string by)
    {
        List<Booking> hold = [booking, .. await OtherOccurrences(booking, b => b.PaymentId == booking.PaymentId && b.Status == BookingStatus.PendingPayment)];
        var cancelled = hold.ConvertAll(b => b.Cancel(by).Updated!);
        // Written before the payment is called off, so the time is free whatever the provider does next. A payment that
        // goes through meanwhile finds nothing held, and the payment grain refunds it.
        await SaveAndPublish(cancelled);
        _calendar.Trim();
        Payment payment;
        try
        {
            payment = await GrainFactory.GetGrain<IPaymentGrain>(booking.PaymentId!).Cancel();
        }
        catch (Exception e) when (e is PaymentProviderException or TimeoutException)
        {
            // The page could not be closed now (the provider is down, or the payment grain is busy telling this grain it
            // was paid). The payment's reminder closes it when the hold runs out, and a payment made on it finds
            // nothing held and is refunded.
            return new BookingChange(cancelled, null, Refunds: [], Note: HoldNote(cancelled));
        }
        List<BookingRefund> refunds = [];
        if (payment.Status == PaymentStatus.Paid)
        {
            // Paid just before the cancellation, with the confirmation still on its way: give it all back, under the key
            // the payment grain itself would use, so only one of the two refunds happens.
            var refunded = await GrainFactory.GetGrain<IPaymentGrain>(payment.Id).Refund("not-held", payment.Due, $"Cancelled by {by} while payment was waiting");
            refunds.AddRange(refunded.RefundList.Where(r => r.Key == "not-held").Select(r => new BookingRefund(booking.Id, payment.Id, r.Amount)));
        }
        return new BookingChange(cancelled, null, Refunds: refunds, Note: HoldNote(cancelled));
    }

    private static string? HoldNote(List<Booking> cancelled) =>
        cancelled.Count > 1 ? "A booking waiting for payment is cancelled with every occurrence its checkout covers: one payment pays for them all." : null;
}
