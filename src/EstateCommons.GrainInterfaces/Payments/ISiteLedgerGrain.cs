using EstateCommons.Payments;
using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Payments;

/// <summary>A site's money ledger for one month, keyed "site/2027-03" (<see cref="LedgerMonth.Key"/>).</summary>
public interface ISiteLedgerGrain : IGrainWithStringKey
{
    /// <summary>Records a line once: a line with the same id again changes nothing.</summary>
    Task Record(LedgerEntry entry);

    [ReadOnly]
    Task<Reconciliation> Reconcile();
}
