namespace EstateCommons.Domain.Markets;

/// <summary>Why a seller has no pitch, in the order the allocator checks.</summary>
public enum UnallocatedReason
{
    /// <summary>Public liability insurance is missing or runs out before the market day.</summary>
    ComplianceLapsed,

    /// <summary>No group of adjacent pitches offers what the seller needs.</summary>
    NoCompatiblePitch,

    /// <summary>One of the seller's categories already has as many sellers as its cap allows.</summary>
    CategoryFull,

    /// <summary>Suitable pitches went to applicants who scored higher.</summary>
    Outranked,
}
