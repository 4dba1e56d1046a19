using System.Diagnostics;
using EstateCommons.GrainInterfaces.Reporting;

namespace EstateCommons.Reporting.Benchmarks;

/// <summary>What generating the estate took, and the totals fed in, to compare with what the reports say.</summary>
public sealed record Generated(
    TimeSpan Structure, TimeSpan Patterns, int PatternCount, TimeSpan RollUps, int SpaceMonths, int SpaceDays, int MarketDays,
    long TrustAvailableMinutes, long TrustBookedMinutes, long EstateAvailableMinutes, long EstateBookedMinutes);

/// <summary>
/// Builds the estate: trusts and sites through the public API as the platform admin would, then a month of usage per
/// space and the market days, sent to each site's roll-up grain as the spaces and market-day grains send them — one
/// call per space with its month's days, one per market day.
/// </summary>
public static class EstateSeeder
{
    private const int ApiCallers = 8;
    private const int SitesAtOnce = 64;

    public static async Task<TimeSpan> CreateStructure(EstateApi api, string adminToken, EstateLayout layout, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ApiCallers, CancellationToken = cancellation };
        await Parallel.ForEachAsync(layout.TrustIds, parallel, (trust, ct) =>
            new ValueTask(api.CreateTrust(adminToken, new CreateTrustRequest(trust, $"{trust} NHS Foundation Trust"), ct)));
        await Parallel.ForEachAsync(layout.Sites, parallel, (site, ct) => new ValueTask(api.AddSite(adminToken, site.TrustId,
            new CreateSiteRequest(site.Id, $"Hospital {site.Number}", EstateApi.SiteTimeZone, site.Location.Latitude, site.Location.Longitude, "SE1 7EH"), ct)));
        return clock.Elapsed;
    }

    public static async Task<Generated> FeedRollUps(IGrainFactory grains, EstateLayout layout, ReportOptions options, TimeSpan structure, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var patterns = DayPatterns.For(SpaceTimetables.All(options.Month), options.Month);
        var patternTime = clock.Elapsed;
        long trustAvailable = 0, trustBooked = 0, estateAvailable = 0, estateBooked = 0;
        int spaceDays = 0, marketDays = 0;
        clock.Restart();
        await Parallel.ForEachAsync(layout.Sites, new ParallelOptions { MaxDegreeOfParallelism = SitesAtOnce, CancellationToken = cancellation }, async (site, _) =>
        {
            var rollUp = grains.GetGrain<ISiteUsageGrain>(new SiteMonth(site.Id, options.Month).Key);
            long available = 0, booked = 0;
            for (var space = 0; space < options.SpacesPerSite; space++)
            {
                var month = patterns.Month(space % patterns.SpaceKinds, site.Number * 1_000 + space);
                await rollUp.RecordSpaceDays($"space-{space:D2}", month);
                available += month.Sum(d => d.Usage.AvailableMinutes);
                booked += month.Sum(d => d.Usage.TotalBookedMinutes);
                Interlocked.Add(ref spaceDays, month.Count);
            }
            if (site.Number % options.MarketEvery == 0)
            {
                foreach (var day in MarketDays.Saturdays(options.Month, site.Location, site.Number))
                {
                    await rollUp.RecordMarketDay(day);
                    Interlocked.Increment(ref marketDays);
                }
            }
            Interlocked.Add(ref estateAvailable, available);
            Interlocked.Add(ref estateBooked, booked);
            if (site.TrustId != layout.LargeTrustId) return;
            Interlocked.Add(ref trustAvailable, available);
            Interlocked.Add(ref trustBooked, booked);
        });
        return new Generated(structure, patternTime, patterns.Count, clock.Elapsed, layout.Sites.Count * options.SpacesPerSite, spaceDays, marketDays,
            trustAvailable, trustBooked, estateAvailable, estateBooked);
    }
}
