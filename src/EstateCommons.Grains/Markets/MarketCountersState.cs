using EstateCommons.GrainInterfaces.Markets;

namespace EstateCommons.Grains.Markets;

public sealed class MarketCountersState
{
    public List<FootfallCounter> Counters { get; set; } = [];
}
