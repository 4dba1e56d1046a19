namespace EstateCommons.Domain.Markets;

/// <summary>The kind of business a market seller is, which decides any concession on their pitch fee.</summary>
public enum SellerBusinessType
{
    SoleTrader,
    Micro,
    Small,
    Medium,

    /// <summary>Voluntary, community or social enterprise.</summary>
    Vcse,
}
