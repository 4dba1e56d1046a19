using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.Payments;

namespace EstateCommons.Grains.Payments;

public sealed class SiteLedgerGrain([PersistentState("ledger", StorageNames.Estate)] IPersistentState<SiteLedgerState> ledger) : Grain, ISiteLedgerGrain
{
    public async Task Record(LedgerEntry entry)
    {
        if (ledger.State.Entries.Any(e => e.Id == entry.Id)) return;
        ledger.State.Entries.Add(entry);
        await ledger.WriteStateAsync();
    }

    public Task<Reconciliation> Reconcile() =>
        Task.FromResult(Reconciliation.Of(LedgerMonth.FromKey(this.GetPrimaryKeyString()), ledger.State.Entries));
}

public sealed class SiteLedgerState
{
    public List<LedgerEntry> Entries { get; set; } = [];
}
