using EstateCommons.Domain.Bookings;

namespace EstateCommons.GrainInterfaces.Spaces;

/// <summary>Bookings a status change touched, or why nothing changed (<see cref="NotFound"/> when there is no such booking).</summary>
[GenerateSerializer, Immutable]
public sealed record BookingChange(IReadOnlyList<Booking> Changed, string? Problem, bool NotFound = false);
