using NodaTime;

namespace EstateCommons.Domain.Bookings;

/// <summary>A booking rule an occurrence breaks, with a stable code clients can switch on.</summary>
[GenerateSerializer, Immutable]
public sealed record RuleBreach(string Rule, string Message);

/// <summary>
/// Time an occurrence clashes with. Only the span and what holds it ("booking" or "licence") are told:
/// who holds it is private to them and the site's managers.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Clash(Instant Start, Instant End, string HeldBy);

/// <summary>Why one occurrence of a request cannot be booked.</summary>
[GenerateSerializer, Immutable]
public sealed record OccurrenceFailure(LocalDateTime Start, LocalDateTime End, IReadOnlyList<RuleBreach> Breaches, IReadOnlyList<Clash> Clashes);
