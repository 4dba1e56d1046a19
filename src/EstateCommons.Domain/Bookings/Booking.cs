using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Spaces;
using NodaTime;

namespace EstateCommons.Domain.Bookings;

/// <summary>
/// A booked span of a space. Stored as instants plus the site's zone: the instants decide overlaps,
/// lengths and prices; the zone gives back the local times people booked.
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
    string? StatusNote = null)
{
    public Interval Interval => new(Start, End);

    public Duration Length => End - Start;

    /// <summary>Pending and confirmed bookings hold their time; cancelled and rejected ones free it.</summary>
    public bool HoldsTime => Status is BookingStatus.PendingApproval or BookingStatus.Confirmed;

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
}

/// <summary>The outcome of asking a booking to change status: the changed booking, or why it cannot change.</summary>
[GenerateSerializer, Immutable]
public sealed record StatusChange(Booking? Updated, string? Problem);
