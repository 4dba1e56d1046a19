using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;
using NodaTime;

namespace EstateCommons.Domain.Bookings;

/// <summary>
/// A booked span of a space. Stored as instants plus the site's zone: the instants decide overlaps,
/// lengths and prices; the zone gives back the local times people booked. A booking that costs something carries
/// the id of the payment collecting it and, while it waits for that payment, until when its time is held.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Booking(
    string Id,
    SpaceRef Space,
    string OrganisationId,
    OrganisationKind OrganisationKind,
    string BookedBy,
    Instant Start,
    Instant End,
    string TimeZoneId,
    int Attendees,
    string Purpose,
    BookingStatus Status,
    BookingPrice Price,
    string? SeriesId,
    Instant CreatedAt,
    string? StatusNote = null,
    string? PaymentId = null,
    Instant? HoldUntil = null)
{
    public Interval Interval => new(Start, End);

    public Duration Length => End - Start;

    /// <summary>Bookings pending approval or payment and confirmed ones hold their time; the others free it.</summary>
    public bool HoldsTime => Status is BookingStatus.PendingApproval or BookingStatus.Confirmed or BookingStatus.PendingPayment;

    /// <summary>The calendar page the booking lives on: the UTC date of its start.</summary>
    public LocalDate Page => PageOf(Start);

    public static LocalDate PageOf(Instant start) => start.InUtc().Date;

    public ZonedDateTime LocalStart => Start.InZone(DateTimeZoneProviders.Tzdb[TimeZoneId]);

    public ZonedDateTime LocalEnd => End.InZone(DateTimeZoneProviders.Tzdb[TimeZoneId]);

    public StatusChange Cancel(string by) =>
        HoldsTime
            ? new StatusChange(this with { Status = BookingStatus.Cancelled, StatusNote = $"Cancelled by {by}" }, null)
            : new StatusChange(null, $"The booking is already {Status} and cannot be cancelled.");

    public StatusChange Approve(string by) =>
        Status == BookingStatus.PendingApproval
            ? new StatusChange(this with { Status = BookingStatus.Confirmed, StatusNote = $"Approved by {by}" }, null)
            : new StatusChange(null, $"Only a booking pending approval can be approved; this one is {Status}.");

    public StatusChange Reject(string by, string? reason) =>
        Status == BookingStatus.PendingApproval
            ? new StatusChange(this with { Status = BookingStatus.Rejected, StatusNote = string.IsNullOrWhiteSpace(reason) ? $"Rejected by {by}" : reason }, null)
            : new StatusChange(null, $"Only a booking pending approval can be rejected; this one is {Status}.");

    /// <summary>
    /// The booker did not come. Only a confirmed booking that has started can be marked: before then nobody can know.
    /// The time stays counted as booked (it was kept for them), and the mark feeds the no-show rate.
    /// </summary>
    public StatusChange MarkNoShow(string by, Instant now) =>
        Status != BookingStatus.Confirmed
            ? new StatusChange(null, $"Only a confirmed booking can be marked as a no-show; this one is {Status}.")
            : now < Start
                ? new StatusChange(null, "A booking can be marked as a no-show only once it has started.")
                : new StatusChange(this with { Status = BookingStatus.NoShow, StatusNote = $"Marked as a no-show by {by}" }, null);

    /// <summary>Counted as booked time in utilisation: confirmed bookings, including those the booker did not come to.</summary>
    public bool CountsAsBooked => Status is BookingStatus.Confirmed or BookingStatus.NoShow;

    /// <summary>Paid in time: the held booking is confirmed, or waits for a manager when the space needs approval.</summary>
    public StatusChange ConfirmPaid(bool approvalRequired) =>
        Status == BookingStatus.PendingPayment
            ? new StatusChange(this with { Status = AfterPayment(approvalRequired), StatusNote = "Paid" }, null)
            : new StatusChange(null, $"Only a booking waiting for payment can be confirmed as paid; this one is {Status}.");

    /// <summary>Not paid in time: the time is released.</summary>
    public StatusChange ReleaseUnpaid() =>
        Status == BookingStatus.PendingPayment
            ? new StatusChange(this with { Status = BookingStatus.PaymentExpired, StatusNote = "Not paid in time; the time was released" }, null)
            : new StatusChange(null, $"Only a booking waiting for payment can be released unpaid; this one is {Status}.");

    /// <summary>
    /// Paid after its hold ran out: held again as if paid in time. Whether the time is still free is the caller's
    /// question (<see cref="BookingPlanner.CanHoldAgain"/>); this only checks the booking was released for want of payment.
    /// </summary>
    public StatusChange HoldAgainPaid(bool approvalRequired) =>
        Status == BookingStatus.PaymentExpired
            ? new StatusChange(this with { Status = AfterPayment(approvalRequired), StatusNote = "Paid after the hold ran out; the time was still free" }, null)
            : new StatusChange(null, $"Only a booking released unpaid can be held again; this one is {Status}.");

    private static BookingStatus AfterPayment(bool approvalRequired) => approvalRequired ? BookingStatus.PendingApproval : BookingStatus.Confirmed;
}

/// <summary>The outcome of asking a booking to change status: the changed booking, or why it cannot change.</summary>
[GenerateSerializer, Immutable]
public sealed record StatusChange(Booking? Updated, string? Problem);
