namespace EstateCommons.Domain.Spaces;

/// <summary>What a booking would cost at the full rate, what is charged after concession, and the concession applied.</summary>
[GenerateSerializer, Immutable]
public sealed record BookingPrice(Money FullRate, Money Charged, int ConcessionPercent)
{
    /// <summary>The value of space given to the community: full rate minus charge.</summary>
    public Money InKind => FullRate.Minus(Charged);
}
