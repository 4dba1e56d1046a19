using EstateCommons.Domain.Spaces;
using NodaTime;

namespace EstateCommons.Domain.Bookings;

/// <summary>One occurrence that passed every rule and clashes with nothing.</summary>
[GenerateSerializer, Immutable]
public sealed record PlannedOccurrence(Interval Interval, BookingPrice Price);

/// <summary>
/// The verdict on a whole request. All or nothing: either every occurrence is accepted, or none is and
/// every failing occurrence is listed.
/// </summary>
public sealed record BookingDecision(IReadOnlyList<PlannedOccurrence> Accepted, IReadOnlyList<OccurrenceFailure> Failures)
{
    public bool IsAccepted => Failures.Count == 0;

    /// <summary>A request that fails only because time is taken is a conflict; anything else broke a rule.</summary>
    public bool OnlyClashes => Failures.Count > 0 && Failures.All(f => f.Breaches.Count == 0);
}
