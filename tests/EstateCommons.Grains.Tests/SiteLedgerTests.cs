using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.Grains.Payments;
using EstateCommons.Payments;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Storage;

namespace EstateCommons.Grains.Tests;

/// <summary>A site's ledger keeps a record per day of its lines, and still reads the lines of months kept whole before.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SiteLedgerTests(TwoSiloCluster cluster)
{
    [Fact]
    public async Task Lines_kept_whole_before_paging_and_lines_kept_by_day_reconcile_together_once_each()
    {
        var month = new LedgerMonth("site-" + Guid.NewGuid().ToString("N")[..8], new YearMonth(2027, 3));
        var storage = cluster.SiloServices[0].GetRequiredKeyedService<IGrainStorage>(StorageNames.Estate);
        var earlier = new GrainState<SiteLedgerState>(new SiteLedgerState { Entries = [Line("old", 2027, 3, 2, 5_000)] });
        await storage.WriteStateAsync("ledger", GrainId.Create("siteledger", month.Key), earlier);
        var ledger = cluster.Client.GetGrain<ISiteLedgerGrain>(month.Key);

        await ledger.Record(Line("first", 2027, 3, 9, 2_500));
        await ledger.Record(Line("second", 2027, 3, 9, 1_000));
        await ledger.Record(Line("first", 2027, 3, 9, 2_500));
        await ledger.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(200);
        await ledger.Record(Line("second", 2027, 3, 9, 1_000));

        var reconciled = await ledger.Reconcile();
        Assert.Equal(["old", "first", "second"], reconciled.Payments.Select(p => p.Id));
        Assert.Equal(8_500, reconciled.Payments.Sum(p => p.Amount.MinorUnits));
    }

    private static LedgerEntry Line(string id, int year, int month, int day, long pence) =>
        new(id, LedgerEntryKind.Payment, "pay-" + id, PaymentPurpose.RoomHire, "Seminar room", "Carers Network", Money.Gbp(pence),
            Instant.FromUtc(year, month, day, 10, 0), "pi_" + id);
}
