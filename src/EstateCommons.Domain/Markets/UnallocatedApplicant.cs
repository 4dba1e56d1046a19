namespace EstateCommons.Domain.Markets;

/// <summary>
/// A seller without a pitch, why, and their 1-based place on the waitlist (none when their compliance has lapsed).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record UnallocatedApplicant(string SellerId, UnallocatedReason Reason, int? WaitlistPlace);
