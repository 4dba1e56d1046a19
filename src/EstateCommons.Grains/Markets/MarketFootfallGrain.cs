using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace EstateCommons.Grains.Markets;

// The single writer of a market day's footfall ledger. Each counter's figures for the day are their own storage record
// ("counter-<id>"), beside the day's record of counters and tallies, so acknowledging a batch (durably, before the
// answer) rewrites one counter's day — at most 1,440 one-minute figures and its recent batch ids — and never the
// figures of every counter at the market, which would make each write grow with the number of counters.
public sealed class MarketFootfallGrain(
    [PersistentState("footfall", StorageNames.Estate)] IPersistentState<MarketFootfallState> day,
    [FromKeyedServices(StorageNames.Estate)] IGrainStorage storage) : Grain, IMarketFootfallGrain
{
    private readonly Dictionary<string, GrainState<CounterFootfall>> _counterRecords = new(StringComparer.Ordinal);
    private FootfallLedger _ledger = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var counter in day.State.Counters)
        {
            var record = new GrainState<CounterFootfall>();
            await storage.ReadStateAsync(RecordName(counter), this.GetGrainId(), record);
            _counterRecords[counter] = record;
        }
        _ledger = new FootfallLedger(_counterRecords.Values.Select(r => r.State).OfType<CounterFootfall>(), day.State.Tallies);
    }

    public async Task<bool> Record(FootfallBatch batch)
    {
        if (!_ledger.Record(batch)) return false;
        await Durably(async () =>
        {
            if (!_counterRecords.TryGetValue(batch.DeviceToken, out var record))
            {
                // Listed before its figures are written, so an activation always finds every counter with figures.
                day.State.Counters.Add(batch.DeviceToken);
                await day.WriteStateAsync();
                record = new GrainState<CounterFootfall>();
                _counterRecords[batch.DeviceToken] = record;
            }
            record.State = _ledger.FiguresOf(batch.DeviceToken);
            await storage.WriteStateAsync(RecordName(batch.DeviceToken), this.GetGrainId(), record);
        });
        return true;
    }

    public async Task Record(ManualTally tally)
    {
        _ledger.Record(tally);
        await Durably(async () =>
        {
            day.State.Tallies = [.. _ledger.Tallies];
            await day.WriteStateAsync();
        });
    }

    public Task<FootfallSummary> Summary(Interval range, string timeZoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[timeZoneId];
        return Task.FromResult(new FootfallSummary(_ledger.TotalBetween(range), _ledger.PerHour(zone, range)));
    }

    /// <summary>
    /// Runs a write of what the ledger just recorded. If it fails, the ledger in memory is ahead of storage, and would take
    /// the caller's retry for a repeat; so the activation is dropped and the next one starts again from what was stored.
    /// </summary>
    private async Task Durably(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private static string RecordName(string counterId) => $"counter-{counterId}";
}
