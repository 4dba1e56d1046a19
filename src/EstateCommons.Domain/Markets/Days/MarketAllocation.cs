using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// A market day's allocation as it ran: the request exactly as the allocator saw it (sellers' compliance and recent
/// misses at that moment, so later offers from the waitlist follow the same picture), its result, and when and by
/// whom it was run. <see cref="ClosedEarly"/> is true when a manager ran it before applications were due to close.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MarketAllocation(AllocationRequest Request, AllocationResult Result, Instant RunAt, string RunBy, bool ClosedEarly)
{
    /// <summary>Who runs allocation when applications close, in place of a manager's email.</summary>
    public const string Scheduled = "scheduled";
}
