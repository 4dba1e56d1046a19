using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.Payments;

namespace EstateCommons.Grains.Spaces;

// Room hire's side of payments: starting the payment for a booking that costs something, and applying what becomes
// of it to the bookings it pays for. The payment grain owns the money; this grain owns the time.
public sealed partial class SpaceGrain : ISpacePayments
{
    public async Task<bool> PaymentSettled(string paymentId, IReadOnlyList<string> bookingIds, PaymentEffect effect)
    {
        var bookings = await BookingsPaidBy(paymentId, bookingIds);
        var approval = space.State.Definition!.ApprovalRequired;
        var held = effect switch
        {
            PaymentEffect.Confirm => await ChangeAll(bookings, b => b.ConfirmPaid(approval)),
            PaymentEffect.Release => await ChangeAll(bookings, b => b.ReleaseUnpaid()),
            PaymentEffect.PaidAfterRelease => await HoldAgain(bookings, approval),
            _ => bookings,
        };
        _calendar.Trim();
        return held.Count > 0 && held.All(b => b.HoldsTime);
    }

    private static string NewPaymentId() => "pay-" + BookingId.NewToken();

    /// <summary>The payment for a hold, with its hosted page open; null when the provider could not be reached.</summary>
    private async Task<Payment?> OpenCheckout(IReadOnlyList<Booking> held, BookingRequest request, Money charge)
    {
        try
        {
            // Nothing is written before the payment exists, so a provider failure leaves nothing here to release.
            return await GrainFactory.GetGrain<IPaymentGrain>(held[0].PaymentId!).Start(OrderFor(held, request, charge, PaymentCollection.Checkout));
        }
        catch (PaymentProviderException)
        {
            return null;
        }
    }

    private Task<Payment> ListToInvoice(IReadOnlyList<Booking> confirmed, BookingRequest request, Money charge) =>
        GrainFactory.GetGrain<IPaymentGrain>(confirmed[0].PaymentId!).Start(OrderFor(confirmed, request, charge, PaymentCollection.Invoice));

    private PaymentOrder OrderFor(IReadOnlyList<Booking> bookings, BookingRequest request, Money charge, PaymentCollection collection) => new(
        PaymentPurpose.RoomHire,
        collection,
        charge,
        HireDescription.Of(space.State.Definition!.Name, space.State.SiteName ?? Ref.SiteId, bookings, request.Recurrence),
        request.BookedBy,
        Ref.SiteId,
        space.State.TrustId!,
        space.State.TimeZoneId!,
        new PaymentOwner(PaymentOwnerKind.SpaceBookings, Ref.Key, bookings.Select(b => b.Id).ToList()),
        bookings[0].HoldUntil);

    private async Task<List<Booking>> BookingsPaidBy(string paymentId, IReadOnlyList<string> bookingIds)
    {
        var found = new List<Booking>();
        foreach (var id in bookingIds)
        {
            if (BookingId.TryParse(id, out _, out var page) && await _calendar.Find(id, page) is { } booking && booking.PaymentId == paymentId) found.Add(booking);
        }
        return found;
    }

    /// <summary>Applies the change to every booking it suits and writes those; returns every booking as it now stands.</summary>
    private async Task<List<Booking>> ChangeAll(List<Booking> bookings, Func<Booking, StatusChange> change)
    {
        var changed = bookings.Select(b => change(b).Updated).OfType<Booking>().ToList();
        if (changed.Count > 0) await SaveAndPublish(changed);
        return bookings.ConvertAll(b => changed.Find(c => c.Id == b.Id) ?? b);
    }

    /// <summary>Paid after the hold ran out: held again, all of it, only if all of its time is still free.</summary>
    private async Task<List<Booking>> HoldAgain(List<Booking> bookings, bool approval)
    {
        var released = bookings.FindAll(b => b.Status == BookingStatus.PaymentExpired);
        // Nothing released (already held again, or never found), or part of it cancelled since: nothing to hold.
        if (released.Count == 0 || bookings.Any(b => !b.HoldsTime && b.Status != BookingStatus.PaymentExpired)) return bookings;
        var timetable = Timetable()!;
        var buffer = timetable.Definition.Rules.Buffer;
        foreach (var booking in released) await _calendar.LoadAround(booking.Interval.Widen(buffer), Longest);
        var free = BookingPlanner.CanHoldAgain(released, timetable, clock.GetCurrentInstant(), range => _calendar.LoadedOverlapping(range, Longest));
        return free ? await ChangeAll(bookings, b => b.HoldAgainPaid(approval)) : bookings;
    }
}
