using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;
using Orleans.Core.Internal;
using Orleans.Runtime;

namespace EstateCommons.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class FootfallPersistenceTests(TwoSiloCluster cluster)
{
    private static readonly Instant Opening = Instant.FromUtc(2026, 11, 21, 8, 0);
    private static readonly Interval Trading = new(Opening, Opening + Duration.FromHours(6));

    private static FootfallBatch Batch(string counter, string id, params (int Minute, int Count)[] readings) =>
        new(counter, id, readings.Select(r => new FootfallReading(Opening + Duration.FromMinutes(r.Minute), r.Count)).ToList());

    private static IMarketFootfallGrain NewDay(IGrainFactory grains) =>
        grains.GetGrain<IMarketFootfallGrain>(new MarketDayRef("site-" + Guid.NewGuid().ToString("N")[..8], "saturday-market", new LocalDate(2026, 11, 21)).Key);

    [Fact]
    public async Task A_days_footfall_survives_its_grain_being_deactivated()
    {
        var day = NewDay(cluster.Client);
        Assert.True(await day.Record(Batch("counter-north", "b1", (0, 40), (1, 55), (65, 12))));
        Assert.True(await day.Record(Batch("counter-south", "b1", (0, 25))));
        await day.Record(new ManualTally("manager@trust.example", new Interval(Opening + Duration.FromHours(2), Opening + Duration.FromHours(3)), 30));
        var before = await day.Summary(Trading, "Europe/London");

        await Deactivate(day);

        var after = await day.Summary(Trading, "Europe/London");
        Assert.Equal(40 + 55 + 12 + 25 + 30, after.Total);
        Assert.Equal(before.PerHour, after.PerHour);
        Assert.Equal([(8, 120L), (9, 12L), (10, 30L)], after.PerHour.Select(h => (h.HourStart.Hour, h.Visitors)));
        // The batch ids were stored too: a counter retrying after the restart is still not counted twice.
        Assert.False(await day.Record(Batch("counter-north", "b1", (0, 40), (1, 55), (65, 12))));
        Assert.True(await day.Record(Batch("counter-north", "b2", (2, 9))));
        Assert.Equal(after.Total + 9, (await day.Summary(Trading, "Europe/London")).Total);
    }

    [Fact]
    public async Task A_batch_rewrites_only_its_own_counters_figures_for_the_day()
    {
        var day = NewDay(cluster.Client);
        foreach (var counter in new[] { "counter-north", "counter-south", "counter-car-park" })
        {
            Assert.True(await day.Record(Batch(counter, "b1", [.. Enumerable.Range(0, 360).Select(m => (m, 3))])));
        }
        var before = Records(day);

        Assert.True(await day.Record(Batch("counter-south", "b2", (400, 8))));

        var after = Records(day);
        Assert.Equal(["counter-counter-south"], after.Where(r => before[r.Key] != r.Value).Select(r => r.Key));
    }

    /// <summary>Ends the grain's activation and waits until it is gone, so the next call starts one from what was stored.</summary>
    private async Task Deactivate(IMarketFootfallGrain day)
    {
        await day.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (await management.GetActivationAddress(day) is not null)
        {
            Assert.True(DateTime.UtcNow < deadline, "The grain was not deactivated.");
            await Task.Delay(50);
        }
    }

    /// <summary>When each of the day grain's records was last written, by state name.</summary>
    private Dictionary<string, DateTime> Records(IMarketFootfallGrain day)
    {
        // Records live at <root>/<grain type>/<encoded grain key>/<state name>.json; the site id survives encoding as is.
        var siteId = day.GetPrimaryKeyString().Split('/')[0];
        var grainDirectory = Directory.EnumerateDirectories(Path.Combine(cluster.DataPath, "marketfootfall"))
            .Single(d => Path.GetFileName(d).StartsWith(siteId, StringComparison.Ordinal));
        return Directory.EnumerateFiles(grainDirectory, "*.json").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.GetLastWriteTimeUtc);
    }
}
