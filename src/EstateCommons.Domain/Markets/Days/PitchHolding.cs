using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>Where a seller's hold on pitches stands.</summary>
public enum HoldingStatus
{
    /// <summary>Offered; the seller has until <see cref="PitchHolding.RespondBy"/> to accept.</summary>
    Offered,

    /// <summary>Accepted, and the pitch fee is being paid (or a card saved for it) before the offer runs out.</summary>
    AwaitingPayment,

    /// <summary>Accepted (and paid for, where the fee is paid up front): the pitch is the seller's for the day.</summary>
    Confirmed,

    /// <summary>The seller said no, or gave the pitch back.</summary>
    Released,

    /// <summary>The seller did not accept in time.</summary>
    Expired,

    /// <summary>A manager took the pitch back (see the override's reason).</summary>
    Revoked,

    /// <summary>The seller did not turn up on the day; the pitch may be re-let.</summary>
    NoShow,
}

/// <summary>How a seller came to be offered pitches.</summary>
public enum HoldingSource
{
    Allocation,
    Waitlist,
    Override,
    Relet,
}

/// <summary>
/// A seller's hold on a group of pitches for a market day, from offer to the day itself. A seller has at most one
/// live holding (offered or confirmed) per day; ended holdings stay as the record of what happened.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PitchHolding(
    string SellerId,
    IReadOnlyList<string> PitchIds,
    HoldingStatus Status,
    HoldingSource Source,
    Instant OfferedAt,
    Instant RespondBy,
    Instant? ChangedAt = null,
    string? Note = null,
    string? PaymentId = null)
{
    /// <summary>Offered, being paid for or confirmed: the pitches are spoken for.</summary>
    public bool IsLive => Status is HoldingStatus.Offered or HoldingStatus.AwaitingPayment or HoldingStatus.Confirmed;
}
