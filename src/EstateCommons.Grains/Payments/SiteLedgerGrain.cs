using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.Payments;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace EstateCommons.Grains.Payments;

/// <summary>
/// Keeps a site's month of ledger lines in one record per UTC day of the line ("ledger-2027-03-05"), so recording a line
/// rewrites that day's lines, not the month's: a busy month's record would otherwise grow with every booking invoiced
/// and make each write slower than the last. All the month's lines are held in memory for reconciliation. Lines
/// recorded before paging are kept in the grain's original state record and read with the rest.
/// </summary>
public sealed class SiteLedgerGrain(
    [PersistentState("ledger", StorageNames.Estate)] IPersistentState<SiteLedgerState> earlier,
    [FromKeyedServices(StorageNames.Estate)] IGrainStorage storage) : Grain, ISiteLedgerGrain
{
    private readonly Dictionary<LocalDate, GrainState<SiteLedgerState>> _days = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private LedgerMonth Month => LedgerMonth.FromKey(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A line's UTC day can fall a day either side of the site's local month.
        var first = Month.Month.OnDayOfMonth(1).PlusDays(-1);
        var last = Month.Month.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth).PlusDays(1);
        var days = new List<LocalDate>();
        for (var day = first; day <= last; day = day.PlusDays(1)) days.Add(day);
        var pages = await Task.WhenAll(days.Select(async day =>
        {
            var page = new GrainState<SiteLedgerState>(new SiteLedgerState());
            await storage.ReadStateAsync(PageName(day), this.GetGrainId(), page);
            page.State ??= new SiteLedgerState();
            return (day, page);
        }));
        foreach (var (day, page) in pages) _days[day] = page;
        foreach (var entry in Entries()) _ids.Add(entry.Id);
    }

    public async Task Record(LedgerEntry entry)
    {
        if (_ids.Contains(entry.Id)) return;
        var day = entry.At.InUtc().Date;
        if (!_days.TryGetValue(day, out var page)) _days[day] = page = new GrainState<SiteLedgerState>(new SiteLedgerState());
        var previous = page.State!;
        page.State = new SiteLedgerState { Entries = [.. previous.Entries, entry] };
        try
        {
            await storage.WriteStateAsync(PageName(day), this.GetGrainId(), page);
        }
        catch
        {
            page.State = previous;
            throw;
        }
        _ids.Add(entry.Id);
    }

    public Task<Reconciliation> Reconcile() => Task.FromResult(Reconciliation.Of(Month, Entries().ToList()));

    private IEnumerable<LedgerEntry> Entries() =>
        earlier.State.Entries.Concat(_days.OrderBy(d => d.Key).SelectMany(d => d.Value.State!.Entries));

    private static string PageName(LocalDate day) => $"ledger-{day.Year:D4}-{day.Month:D2}-{day.Day:D2}";
}

public sealed class SiteLedgerState
{
    public List<LedgerEntry> Entries { get; set; } = [];
}
