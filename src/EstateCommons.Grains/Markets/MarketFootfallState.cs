using EstateCommons.Domain.Markets;

namespace EstateCommons.Grains.Markets;

/// <summary>
/// The small part of a day's footfall: which counters have figures that day (each kept in its own record) and the
/// manual tallies, which arrive by hand a few at a time.
/// </summary>
public sealed class MarketFootfallState
{
    public List<string> Counters { get; set; } = [];
    public List<ManualTally> Tallies { get; set; } = [];
}
