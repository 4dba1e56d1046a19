using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Organisations;
using NodaTime;

namespace EstateCommons.Domain.Bookings;

/// <summary>What someone asks for, in the site's local time; repeated when <see cref="Recurrence"/> is given.</summary>
[GenerateSerializer, Immutable]
public sealed record BookingRequest(
    string OrganisationId,
    OrganisationKind OrganisationKind,
    string BookedBy,
    LocalDateTime Start,
    LocalDateTime End,
    int Attendees,
    string Purpose,
    Recurrence? Recurrence)
{
    public IEnumerable<(LocalDateTime Start, LocalDateTime End)> Occurrences() =>
        Recurrence is null ? [(Start, End)] : Recurrence.Occurrences(Start, End);
}
