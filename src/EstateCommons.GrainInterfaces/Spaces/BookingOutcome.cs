using EstateCommons.Domain.Bookings;
using EstateCommons.Payments;

namespace EstateCommons.GrainInterfaces.Spaces;

/// <summary>
/// The answer to a booking request: the bookings made, or (all or nothing) every failing occurrence.
/// <see cref="OnlyClashes"/> tells a conflict (time taken) from a broken rule; <see cref="TimeZoneId"/> is the
/// site's zone, for showing clashes in local time. <see cref="Payment"/> is the payment collecting the charge, when
/// there is one: a hosted page to pay on while the bookings are held, or an amount to invoice when payments are off.
/// <see cref="PaymentUnavailable"/> means the payment provider could not be reached, so nothing was booked.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BookingOutcome(
    IReadOnlyList<Booking> Booked,
    IReadOnlyList<OccurrenceFailure> Failures,
    bool OnlyClashes,
    bool SpaceMissing = false,
    string? TimeZoneId = null,
    Payment? Payment = null,
    bool PaymentUnavailable = false)
{
    public static readonly BookingOutcome NoSuchSpace = new([], [], false, SpaceMissing: true);

    public bool Succeeded => Failures.Count == 0 && Booked.Count > 0;
}
