using EstateCommons.Domain.Bookings;

namespace EstateCommons.Server.Api.Contracts;

public sealed record RecurrenceDto(string? Frequency, int? Count, string? Until);

/// <summary>The body of POST /api/bookings. Start and end are local date-times at the site, such as "2027-03-28T00:30".</summary>
public sealed record CreateBookingRequest(
    string? SiteId,
    string? SpaceId,
    string? OrganisationId,
    string? Start,
    string? End,
    int? Attendees,
    string? Purpose,
    RecurrenceDto? Recurrence);

public sealed record RejectRequest(string? Reason);

public sealed record PriceView(string Currency, long ChargedPence, long FullRatePence, long InKindPence, int ConcessionPercent);

public sealed record BookingView(
    string Id,
    string SiteId,
    string SpaceId,
    string OrganisationId,
    string Status,
    string Start,
    string End,
    string StartInstant,
    string EndInstant,
    string TimeZone,
    long DurationMinutes,
    int Attendees,
    string Purpose,
    string BookedBy,
    PriceView Price,
    string? SeriesId,
    string? StatusNote,
    string? PaymentId)
{
    public static BookingView Of(Booking b)
    {
        var zone = DateTimeZoneProviders.Tzdb[b.TimeZoneId];
        var span = SpanView.Of(b.Interval, zone);
        return new BookingView(
            b.Id, b.Space.SiteId, b.Space.SpaceId, b.OrganisationId, b.Status.ToString(),
            span.Start, span.End, span.StartInstant, span.EndInstant, b.TimeZoneId, span.DurationMinutes,
            b.Attendees, b.Purpose, b.BookedBy,
            new PriceView(b.Price.Charged.Currency, b.Price.Charged.MinorUnits, b.Price.FullRate.MinorUnits, b.Price.InKind.MinorUnits, b.Price.ConcessionPercent),
            b.SeriesId, b.StatusNote, b.PaymentId);
    }
}

/// <summary>
/// The bookings made, and the payment collecting their charge when there is one: while they are held
/// (<c>PendingPayment</c>) it carries the checkout URL to send the payer to and until when the hold lasts.
/// </summary>
public sealed record BookingsCreated(IReadOnlyList<BookingView> Bookings, PaymentView? Payment);

/// <summary>
/// Bookings a cancellation, approval or rejection changed, what each paid one got back, and a note when more changed
/// than was named (a hold waiting for payment is cancelled whole).
/// </summary>
public sealed record BookingsChanged(IReadOnlyList<BookingView> Bookings, IReadOnlyList<BookingRefundView> Refunds, string? Note);

public sealed record BookingRefundView(string BookingId, string PaymentId, long AmountPence);

public sealed record BookingList(IReadOnlyList<BookingView> Bookings);

/// <summary>Busy time shown to people who may not see whose it is.</summary>
public sealed record ClashView(string Start, string End, string StartInstant, string EndInstant, string HeldBy);

public sealed record RuleView(string Rule, string Message);

public sealed record OccurrenceFailureView(string Start, string End, IReadOnlyList<RuleView> Rules, IReadOnlyList<ClashView> Conflicts);
