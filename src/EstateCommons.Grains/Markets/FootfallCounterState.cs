using EstateCommons.GrainInterfaces.Markets;

namespace EstateCommons.Grains.Markets;

public sealed class FootfallCounterState
{
    public CounterAssignment? Assignment { get; set; }
}
