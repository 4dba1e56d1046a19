using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.Payments;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace EstateCommons.Grains.Payments;

/// <summary>
/// Keeps a site's month of ledger lines in pages of at most <see cref="LinesPerPage"/> lines ("ledger-page-0", "-1", …),
/// appending to the last, so recording a line rewrites a bounded page, not the month: a busy month's single record
/// would otherwise grow with every booking invoiced and make each write slower than the last. All the month's lines
/// are held in memory for reconciliation. Lines recorded before paging are kept in the grain's original state record
/// and read with the rest.
/// </summary>
public sealed class SiteLedgerGrain(
    [PersistentState("ledger", StorageNames.Estate)] IPersistentState<SiteLedgerState> earlier,
    [FromKeyedServices(StorageNames.Estate)] IGrainStorage storage) : Grain, ISiteLedgerGrain
{
    private const int LinesPerPage = 100;
    private readonly List<GrainState<SiteLedgerState>> _pages = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private LedgerMonth Month => LedgerMonth.FromKey(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Pages are written in order and never left empty, so the first missing one ends the month.
        while (true)
        {
            var page = new GrainState<SiteLedgerState>(new SiteLedgerState());
            await storage.ReadStateAsync(PageName(_pages.Count), this.GetGrainId(), page);
            if (page.State is not { Entries.Count: > 0 }) break;
            _pages.Add(page);
        }
        foreach (var entry in Entries()) _ids.Add(entry.Id);
    }

    public async Task Record(LedgerEntry entry)
    {
        if (_ids.Contains(entry.Id)) return;
        if (_pages.Count == 0 || _pages[^1].State!.Entries.Count >= LinesPerPage) _pages.Add(new GrainState<SiteLedgerState>(new SiteLedgerState()));
        var page = _pages[^1];
        var previous = page.State!;
        page.State = new SiteLedgerState { Entries = [.. previous.Entries, entry] };
        try
        {
            await storage.WriteStateAsync(PageName(_pages.Count - 1), this.GetGrainId(), page);
        }
        catch
        {
            page.State = previous;
            if (previous.Entries.Count == 0) _pages.RemoveAt(_pages.Count - 1);
            throw;
        }
        _ids.Add(entry.Id);
    }

    public Task<Reconciliation> Reconcile() => Task.FromResult(Reconciliation.Of(Month, Entries().ToList()));

    private IEnumerable<LedgerEntry> Entries() => earlier.State.Entries.Concat(_pages.SelectMany(p => p.State!.Entries));

    private static string PageName(int number) => $"ledger-page-{number}";
}

public sealed class SiteLedgerState
{
    public List<LedgerEntry> Entries { get; set; } = [];
}
