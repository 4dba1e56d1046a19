namespace EstateCommons.Domain.Markets;

/// <summary>
/// A seller's pitch fee with the working shown: the full fee, the concession taken off it, what is charged,
/// and the inputs behind it, so a seller can check the figure they are billed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FeeCalculation(
    PitchFeeKind Kind,
    Money FullFee,
    Money Charged,
    SellerBusinessType BusinessType,
    int ConcessionPercent,
    FeeBasis Basis,
    FootfallFeeWorking? Footfall)
{
    /// <summary>The part of the full fee waived by the concession.</summary>
    public Money Waived => FullFee.Minus(Charged);
}

/// <summary>Which limit on a footfall fee, if either, decided the amount.</summary>
public enum FootfallLimit
{
    None,
    Floor,
    Cap,
}

/// <summary>
/// How a footfall fee came out: the visitor count and rate used, the fee those give before limits
/// (<see cref="Uncapped"/>), and whether the floor or the cap then applied.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FootfallFeeWorking(long Visitors, Money RatePerHundredVisitors, Money Uncapped, Money Floor, Money Cap, FootfallLimit Applied);
