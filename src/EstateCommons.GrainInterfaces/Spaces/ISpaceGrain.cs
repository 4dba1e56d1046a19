using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Spaces;

namespace EstateCommons.GrainInterfaces.Spaces;

/// <summary>
/// A bookable space and its calendar, keyed "site/space". It is the only writer of the space's bookings and
/// licences, so no two that hold time can overlap, whatever the concurrency and however many silos.
/// Bookings are stored in daily pages, so each write touches bounded data however long the history.
/// </summary>
public interface ISpaceGrain : IGrainWithStringKey
{
    /// <summary>The space, or null when it has not been defined.</summary>
    Task<SpaceSnapshot?> Get();

    /// <summary>Creates or replaces the definition. Existing bookings stand.</summary>
    Task Define(SpaceDefinition definition, SiteContext site);

    /// <summary>
    /// Books every occurrence of the request, or none. When it costs something and payments are on, the bookings are
    /// held as <see cref="BookingStatus.PendingPayment"/> for <paramref name="paymentHold"/> while the booker pays on
    /// the hosted page the outcome names; with payments off they are confirmed and the charge listed to invoice.
    /// </summary>
    Task<BookingOutcome> Book(BookingRequest request, Duration paymentHold);

    Task<Booking?> GetBooking(string bookingId);

    /// <summary>
    /// Cancels a booking (and, by <paramref name="scope"/>, the rest of its series). A paid booking is refunded by the
    /// space's cancellation policy, in full when <paramref name="byManager"/>. A booking still waiting for payment is
    /// cancelled with every occurrence its payment covers, and the payment called off.
    /// </summary>
    Task<BookingChange> Cancel(string bookingId, CancelScope scope, string by, bool byManager);

    Task<BookingChange> Approve(string bookingId, string by);

    /// <summary>Marks a confirmed booking that has started as a no-show: the booker did not come.</summary>
    Task<BookingChange> MarkNoShow(string bookingId, string by);

    /// <summary>Rejects a booking pending approval; anything paid for it is refunded in full.</summary>
    Task<BookingChange> Reject(string bookingId, string by, string? reason);

    /// <summary>Free time on the local dates given (inclusive), at most 62 days.</summary>
    Task<IReadOnlyList<Interval>> FreeBetween(LocalDate first, LocalDate last);

    /// <summary>Time-holding bookings that overlap the range, whoever made them.</summary>
    Task<IReadOnlyList<Booking>> BookingsBetween(Interval range);

    /// <summary>One organisation's bookings (any status) starting in the range.</summary>
    Task<IReadOnlyList<Booking>> BookingsOf(string organisationId, Interval range);

    /// <summary>Creates or replaces a licence; refused when it would overlap a booking or another licence.</summary>
    Task<LicenceOutcome> PutLicence(Licence licence);
}
