using EstateCommons.Domain.Reporting;
using EstateCommons.GrainInterfaces.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace EstateCommons.Grains.Reporting;

/// <summary>
/// Holds a site's month of usage in memory, each space's days in a record of their own (one small write per booking
/// change) plus an index of spaces and the market days. Sums a report needs again and again — the site's total per
/// date and each space's month — are kept and redone only for what changed, so a trust-wide report is a few hundred
/// reads of sums already made.
/// </summary>
public sealed class SiteUsageGrain([FromKeyedServices(StorageNames.Estate)] IGrainStorage storage) : Grain, ISiteUsageGrain
{
    private const string IndexName = "usage-index";
    private readonly Dictionary<string, GrainState<SpaceMonthUsage>> _spaces = new(StringComparer.Ordinal);
    private readonly Dictionary<LocalDate, UsageTotals> _siteDays = [];
    private readonly Dictionary<string, UsageTotals> _spaceMonths = new(StringComparer.Ordinal);
    private GrainState<SiteMonthIndex> _index = new(new SiteMonthIndex());

    private SiteMonth Month => SiteMonth.FromKey(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await storage.ReadStateAsync(IndexName, this.GetGrainId(), _index);
        _index.State ??= new SiteMonthIndex();
        var spaces = await Task.WhenAll(_index.State.SpaceIds.Select(async id =>
        {
            var record = new GrainState<SpaceMonthUsage>(new SpaceMonthUsage());
            await storage.ReadStateAsync(SpaceRecord(id), this.GetGrainId(), record);
            record.State ??= new SpaceMonthUsage();
            return (id, record);
        }));
        foreach (var (id, record) in spaces) _spaces[id] = record;
    }

    public async Task RecordSpaceDays(string spaceId, IReadOnlyList<SpaceDayUsage> days)
    {
        var month = Month.Month;
        if (days.FirstOrDefault(d => d.Date.ToYearMonth() != month) is { } stray)
        {
            throw new ArgumentException($"{stray.Date} is not in {month}; report each month's days to its own roll-up.", nameof(days));
        }
        if (!_spaces.TryGetValue(spaceId, out var record))
        {
            // The index names the space before its first record is written, so a record is never left unlisted.
            _index.State.SpaceIds.Add(spaceId);
            await storage.WriteStateAsync(IndexName, this.GetGrainId(), _index);
            record = new GrainState<SpaceMonthUsage>(new SpaceMonthUsage());
            _spaces[spaceId] = record;
        }
        var replaced = days.Select(d => d.Date).ToHashSet();
        var updated = record.State.Days.Where(d => !replaced.Contains(d.Date)).Concat(days).OrderBy(d => d.Date).ToList();
        var previous = record.State;
        record.State = new SpaceMonthUsage { Days = updated };
        try
        {
            await storage.WriteStateAsync(SpaceRecord(spaceId), this.GetGrainId(), record);
        }
        catch
        {
            record.State = previous;
            throw;
        }
        foreach (var date in replaced) _siteDays.Remove(date);
        _spaceMonths.Remove(spaceId);
    }

    public async Task RecordMarketDay(MarketDayFigures figures)
    {
        if (figures.Date.ToYearMonth() != Month.Month) throw new ArgumentException($"{figures.Date} is not in {Month.Month}.", nameof(figures));
        var previous = _index.State;
        _index.State = new SiteMonthIndex
        {
            SpaceIds = previous.SpaceIds,
            MarketDays = [.. previous.MarketDays.Where(d => d.MarketId != figures.MarketId || d.Date != figures.Date), figures],
        };
        try
        {
            await storage.WriteStateAsync(IndexName, this.GetGrainId(), _index);
        }
        catch
        {
            _index.State = previous;
            throw;
        }
    }

    public Task<SiteUsageSlice> Slice(LocalDate first, LocalDate last, string? spaceId)
    {
        var monthFirst = Month.Month.OnDayOfMonth(1);
        var monthLast = monthFirst.With(DateAdjusters.EndOfMonth);
        if (first < monthFirst) first = monthFirst;
        if (last > monthLast) last = monthLast;
        var wholeMonth = first == monthFirst && last == monthLast;

        var spaces = spaceId is null ? _spaces.Keys.ToList() : _spaces.ContainsKey(spaceId) ? [spaceId] : [];
        var days = new List<SpaceDayUsage>();
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            // A space the month has not heard from (listed later, or not yet reported ahead) has no days here.
            var usage = spaceId is null ? SiteDay(date) : spaces.Count == 0 ? null : DayOf(spaceId, date);
            if (usage is not null) days.Add(new SpaceDayUsage(date, usage));
        }
        var totals = spaces.ToDictionary(id => id, id => wholeMonth ? SpaceMonth(id) : SpaceBetween(id, first, last), StringComparer.Ordinal);
        var markets = _index.State.MarketDays.Where(d => d.Date >= first && d.Date <= last).ToList();
        return Task.FromResult(new SiteUsageSlice(Month.SiteId, days, totals, markets));
    }

    private UsageTotals? SiteDay(LocalDate date)
    {
        if (_siteDays.TryGetValue(date, out var cached)) return cached;
        var parts = _spaces.Keys.Select(id => DayOf(id, date)).OfType<UsageTotals>().ToList();
        if (parts.Count == 0) return null;
        return _siteDays[date] = UsageTotals.Sum(parts);
    }

    private UsageTotals? DayOf(string spaceId, LocalDate date) =>
        _spaces[spaceId].State.Days.Find(d => d.Date == date)?.Usage;

    private UsageTotals SpaceMonth(string spaceId)
    {
        if (_spaceMonths.TryGetValue(spaceId, out var cached)) return cached;
        return _spaceMonths[spaceId] = UsageTotals.Of(_spaces[spaceId].State.Days);
    }

    private UsageTotals SpaceBetween(string spaceId, LocalDate first, LocalDate last) =>
        UsageTotals.Of(_spaces[spaceId].State.Days.Where(d => d.Date >= first && d.Date <= last));

    private static string SpaceRecord(string spaceId) => $"usage-space-{spaceId}";
}
