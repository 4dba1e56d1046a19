using System.Security.Cryptography;
using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;

namespace EstateCommons.Grains.Markets;

public sealed class MarketCountersGrain(
    [PersistentState("counters", StorageNames.Estate)] IPersistentState<MarketCountersState> counters,
    IClock clock) : Grain, IMarketCountersGrain
{
    private const string IdAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    private MarketRef Ref => MarketRef.FromKey(this.GetPrimaryKeyString());

    public async Task<FootfallCounter> Register(string name, string tokenHash)
    {
        var counter = new FootfallCounter("counter-" + RandomNumberGenerator.GetString(IdAlphabet, 10), name, clock.GetCurrentInstant(), tokenHash);
        counters.State.Counters.Add(counter);
        await counters.WriteStateAsync();
        // Listed before its token works, so any token that opens the market is one its managers can see and revoke.
        await GrainFactory.GetGrain<IFootfallCounterGrain>(tokenHash).Assign(new CounterAssignment(Ref, counter.Id));
        return counter;
    }

    public Task<IReadOnlyList<FootfallCounter>> List() => Task.FromResult<IReadOnlyList<FootfallCounter>>([.. counters.State.Counters]);

    public async Task<bool> Revoke(string counterId)
    {
        if (counters.State.Counters.Find(c => c.Id == counterId) is not { } counter) return false;
        // The token stops working before the counter leaves the list, so a failure in between leaves it listed, to revoke again.
        await GrainFactory.GetGrain<IFootfallCounterGrain>(counter.TokenHash).Revoke();
        counters.State.Counters.Remove(counter);
        await counters.WriteStateAsync();
        return true;
    }
}
