using EstateCommons.Domain.Estate;
using EstateCommons.GrainInterfaces.Estate;

namespace EstateCommons.Grains.Estate;

public sealed class SiteState
{
    public Site? Site { get; set; }
    public List<SpaceSummary> Spaces { get; set; } = [];
    public List<MarketSummary> Markets { get; set; } = [];
}
