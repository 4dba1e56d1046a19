using EstateCommons.GrainInterfaces.Markets;

namespace EstateCommons.Grains.Markets;

public sealed class FootfallCounterGrain(
    [PersistentState("counter", StorageNames.Estate)] IPersistentState<FootfallCounterState> counter) : Grain, IFootfallCounterGrain
{
    public Task<CounterAssignment?> Get() => Task.FromResult(counter.State.Assignment);

    public async Task Assign(CounterAssignment assignment)
    {
        counter.State.Assignment = assignment;
        await counter.WriteStateAsync();
    }

    public async Task Revoke()
    {
        if (!counter.RecordExists) return;
        await counter.ClearStateAsync();
    }
}
