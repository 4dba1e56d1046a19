using EstateCommons.Domain.Bookings;

namespace EstateCommons.GrainInterfaces.Spaces;

/// <summary>
/// The answer to a booking request: the bookings made, or (all or nothing) every failing occurrence.
/// <see cref="OnlyClashes"/> tells a conflict (time taken) from a broken rule; <see cref="TimeZoneId"/> is the
/// site's zone, for showing clashes in local time.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BookingOutcome(IReadOnlyList<Booking> Booked, IReadOnlyList<OccurrenceFailure> Failures, bool OnlyClashes, bool SpaceMissing = false, string? TimeZoneId = null)
{
    public static readonly BookingOutcome NoSuchSpace = new([], [], false, SpaceMissing: true);

    public bool Succeeded => Failures.Count == 0 && Booked.Count > 0;
}
