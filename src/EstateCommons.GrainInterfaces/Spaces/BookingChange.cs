using EstateCommons.Domain.Bookings;

namespace EstateCommons.GrainInterfaces.Spaces;

/// <summary>
/// Bookings a status change touched, or why nothing changed (<see cref="NotFound"/> when there is no such booking;
/// <see cref="PaymentUnavailable"/> when a refund it needed could not reach the payment provider). <see cref="Refunds"/>
/// says what each paid booking got back; <see cref="Note"/> explains a change wider than the one asked for.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BookingChange(
    IReadOnlyList<Booking> Changed,
    string? Problem,
    bool NotFound = false,
    IReadOnlyList<BookingRefund>? Refunds = null,
    string? Note = null,
    bool PaymentUnavailable = false);

/// <summary>
/// Money given back for one booking: refunded through the provider, or (payments off) taken off what is to be invoiced.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BookingRefund(string BookingId, string PaymentId, Money Amount);
