using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;

namespace EstateCommons.Grains.Markets;

public sealed class MarketState
{
    public MarketDefinition? Definition { get; set; }
    public MarketSite? Site { get; set; }

    /// <summary>Per market day, who missed out; days older than the rotation window are dropped as new ones arrive.</summary>
    public List<MarketDayMisses> Misses { get; set; } = [];
}

public sealed record MarketDayMisses(LocalDate Day, List<string> SellerIds);
