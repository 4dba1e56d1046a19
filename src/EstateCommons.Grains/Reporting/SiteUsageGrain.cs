using EstateCommons.Domain.Reporting;
using EstateCommons.GrainInterfaces.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace EstateCommons.Grains.Reporting;

/// <summary>
/// A site's month of usage. Each space's days are a record of their own (one small write per booking change); the
/// site's sums per date and each space's month sit in an index record kept current by taking out a replaced day and
/// adding its successor, so site-, trust- and estate-wide reports read only the index and a space's record is read
/// only when that space is asked about or changes. Before a space's record is first changed, the index is saved naming
/// the space as unsettled; the sums themselves are saved every half minute and when the roll-up is put away, which
/// settles them. A roll-up waking to an unsettled index (its silo died) rebuilds its sums from the spaces' records.
/// </summary>
public sealed class SiteUsageGrain([FromKeyedServices(StorageNames.Estate)] IGrainStorage storage) : Grain, ISiteUsageGrain
{
    private const string IndexName = "usage-index";
    private readonly Dictionary<string, GrainState<SpaceMonthUsage>> _spaces = new(StringComparer.Ordinal);
    private static readonly TimeSpan SettleEvery = TimeSpan.FromSeconds(30);
    private readonly GrainState<SiteMonthIndex> _index = new(new SiteMonthIndex());

    // The sums in memory count changes the stored index does not yet; and whether a write failed, leaving memory untrusted.
    private bool _unsaved;
    private bool _failed;

    private SiteMonth Month => SiteMonth.FromKey(this.GetPrimaryKeyString());

    private SiteMonthIndex Index => _index.State!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await storage.ReadStateAsync(IndexName, this.GetGrainId(), _index);
        _index.State ??= new SiteMonthIndex();
        if (Index.Unsettled.Count > 0) await Rebuild();
        this.RegisterGrainTimer(Settle, new GrainTimerCreationOptions(SettleEvery, SettleEvery));
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _failed ? Task.CompletedTask : Settle(cancellationToken);

    public async Task RecordSpaceDays(string spaceId, IReadOnlyList<SpaceDayUsage> days)
    {
        if (days.FirstOrDefault(d => d.Date.ToYearMonth() != Month.Month) is { } stray)
        {
            throw new ArgumentException($"{stray.Date} is not in {Month.Month}; report each month's days to its own roll-up.", nameof(days));
        }
        var record = await SpaceRecord(spaceId);
        var replaced = days.ToDictionary(d => d.Date, d => d.Usage);
        var before = record.State!.Days.Where(d => replaced.ContainsKey(d.Date)).ToDictionary(d => d.Date, d => d.Usage);
        var updated = record.State!.Days.Where(d => !replaced.ContainsKey(d.Date)).Concat(days).OrderBy(d => d.Date).ToList();

        var siteDays = Index.SiteDays.ToDictionary(d => d.Date, d => d.Usage);
        foreach (var (date, usage) in replaced)
        {
            var site = siteDays.GetValueOrDefault(date) ?? UsageTotals.Empty;
            siteDays[date] = (before.TryGetValue(date, out var old) ? site.Minus(old) : site).Plus(usage);
        }
        Index.SiteDays = siteDays.OrderBy(kv => kv.Key).Select(kv => new SpaceDayUsage(kv.Key, kv.Value)).ToList();
        Index.SpaceMonths[spaceId] = UsageTotals.Of(updated);
        if (!Index.SpaceIds.Contains(spaceId)) Index.SpaceIds.Add(spaceId);
        try
        {
            // Written ahead only the first time a space changes since the sums were last saved: a busy space costs one
            // write of its own record per change, and the sums follow within SettleEvery.
            if (!Index.Unsettled.Contains(spaceId))
            {
                Index.Unsettled.Add(spaceId);
                await storage.WriteStateAsync(IndexName, this.GetGrainId(), _index);
            }
            record.State = new SpaceMonthUsage { Days = updated };
            await storage.WriteStateAsync(SpaceRecordName(spaceId), this.GetGrainId(), record);
            _unsaved = true;
        }
        catch
        {
            // Memory may now be ahead of storage; start again from storage, which rebuilds the sums as they are unsettled.
            _failed = true;
            DeactivateOnIdle();
            throw;
        }
    }

    public async Task RecordMarketDay(MarketDayFigures figures)
    {
        if (figures.Date.ToYearMonth() != Month.Month) throw new ArgumentException($"{figures.Date} is not in {Month.Month}.", nameof(figures));
        Index.MarketDays = [.. Index.MarketDays.Where(d => d.MarketId != figures.MarketId || d.Date != figures.Date), figures];
        await SaveMarketDays();
    }

    public async Task RecordMarketSchedule(string marketId, string marketName, int pitches, IReadOnlyList<LocalDate> days)
    {
        if (days.Any(d => d.ToYearMonth() != Month.Month)) throw new ArgumentException($"Every day must be in {Month.Month}.", nameof(days));
        var empty = new Dictionary<int, long>();
        Index.ScheduledMarketDays =
        [
            .. Index.ScheduledMarketDays.Where(d => d.MarketId != marketId),
            .. days.Select(date => new MarketDayFigures(marketId, marketName, date, pitches, 0, 0, 0, null, empty, [])),
        ];
        await SaveMarketDays();
    }

    public async Task<SiteUsageSlice> Slice(LocalDate first, LocalDate last, string? spaceId, bool withSpaceTotals)
    {
        var monthFirst = Month.Month.OnDayOfMonth(1);
        var monthLast = monthFirst.With(DateAdjusters.EndOfMonth);
        if (first < monthFirst) first = monthFirst;
        if (last > monthLast) last = monthLast;
        var wholeMonth = first == monthFirst && last == monthLast;
        bool InRange(SpaceDayUsage d) => d.Date >= first && d.Date <= last;

        var reported = Index.MarketDays.Select(d => (d.MarketId, d.Date)).ToHashSet();
        var markets = Index.MarketDays.Concat(Index.ScheduledMarketDays.Where(d => !reported.Contains((d.MarketId, d.Date))))
            .Where(d => d.Date >= first && d.Date <= last)
            .ToList();
        if (spaceId is not null)
        {
            // A space the month has not heard from (listed later, or not yet reported ahead) has no days here.
            if (!Index.SpaceIds.Contains(spaceId)) return new SiteUsageSlice(Month.SiteId, [], new Dictionary<string, UsageTotals>(), markets);
            var days = (await SpaceRecord(spaceId)).State!.Days.Where(InRange).ToList();
            return new SiteUsageSlice(Month.SiteId, days, new Dictionary<string, UsageTotals> { [spaceId] = UsageTotals.Of(days) }, markets);
        }

        var spaces = new Dictionary<string, UsageTotals>(StringComparer.Ordinal);
        if (withSpaceTotals)
        {
            foreach (var id in Index.SpaceIds)
            {
                spaces[id] = wholeMonth ? Index.SpaceMonths[id] : UsageTotals.Of((await SpaceRecord(id)).State!.Days.Where(InRange));
            }
        }
        return new SiteUsageSlice(Month.SiteId, Index.SiteDays.Where(InRange).ToList(), spaces, markets);
    }

    /// <summary>Saves the sums and clears the unsettled spaces, once every space's record they count has been written.</summary>
    private async Task Settle(CancellationToken cancellationToken)
    {
        if (!_unsaved && Index.Unsettled.Count == 0) return;
        Index.Unsettled = [];
        await storage.WriteStateAsync(IndexName, this.GetGrainId(), _index);
        _unsaved = false;
    }

    /// <summary>Saves the index after a market's days changed; if that fails, wakes afresh from what is stored.</summary>
    private async Task SaveMarketDays()
    {
        try
        {
            await storage.WriteStateAsync(IndexName, this.GetGrainId(), _index);
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Adds the index's sums up again from every space's record, after a change that may not have been saved whole.</summary>
    private async Task Rebuild()
    {
        var spaces = await Task.WhenAll(Index.SpaceIds.Select(async id => (Id: id, Record: await SpaceRecord(id))));
        Index.SiteDays = spaces.SelectMany(s => s.Record.State!.Days)
            .GroupBy(d => d.Date)
            .OrderBy(g => g.Key)
            .Select(g => new SpaceDayUsage(g.Key, UsageTotals.Of(g)))
            .ToList();
        Index.SpaceMonths = spaces.ToDictionary(s => s.Id, s => UsageTotals.Of(s.Record.State!.Days));
        Index.Unsettled = [];
        await storage.WriteStateAsync(IndexName, this.GetGrainId(), _index);
    }

    private async Task<GrainState<SpaceMonthUsage>> SpaceRecord(string spaceId)
    {
        if (_spaces.TryGetValue(spaceId, out var loaded)) return loaded;
        var record = new GrainState<SpaceMonthUsage>(new SpaceMonthUsage());
        if (Index.SpaceIds.Contains(spaceId)) await storage.ReadStateAsync(SpaceRecordName(spaceId), this.GetGrainId(), record);
        record.State ??= new SpaceMonthUsage();
        return _spaces[spaceId] = record;
    }

    private static string SpaceRecordName(string spaceId) => $"usage-space-{spaceId}";
}
