using System.Diagnostics;
using System.Net;
using NodaTime;
using NodaTime.Text;

namespace EstateCommons.Footfall.Benchmarks;

/// <summary>A counter registered at the benchmark market: its id, and the token it uploads with.</summary>
public sealed record Counter(string Id, string Token);

/// <summary>The market the load runs against: open every day 08:00–20:00, with its counters; and the admin's token to read footfall back.</summary>
public sealed record FootfallMarket(
    string SiteId, IReadOnlyList<Counter> Counters, DateTimeZone Zone, LocalDate FirstDay, LocalDate LastDay, string AdminToken, TimeSpan SetupTime)
{
    public const string MarketId = "daily-market";

    public string Path => $"/api/sites/{SiteId}/markets/{MarketId}";
}

/// <summary>
/// Builds the market through the public API, as the platform admin would: a trust and a site in London, a daily food
/// market that has traded for ten years up to yesterday, and the counters at its gates.
/// </summary>
public static class FootfallSetup
{
    public static readonly LocalTime Opens = new(8, 0);
    public const int MinutesOpen = 12 * 60;
    private const int YearsTraded = 10;
    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static async Task<FootfallMarket> Create(EstateApi api, FootfallOptions options, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var admin = await api.SignIn(options.Server.AdminEmail, options.Server.AdminPassword, cancellation);
        var siteId = await api.CreateSite(admin, RunName.New(), cancellation);
        var zone = DateTimeZoneProviders.Tzdb[EstateApi.SiteTimeZone];
        // Uploads are of days already counted; the server refuses readings from the future.
        var lastDay = SystemClock.Instance.GetCurrentInstant().InZone(zone).Date.PlusDays(-1);
        var firstDay = lastDay.PlusYears(-YearsTraded);
        var market = new FootfallMarket(siteId, [], zone, firstDay, lastDay, admin, TimeSpan.Zero);

        string[] everyDay = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        var schedule = new MarketScheduleBody([.. everyDay], Clock.Format(Opens), Clock.Format(Opens.PlusMinutes(MinutesOpen)),
            LocalDatePattern.Iso.Format(firstDay), LocalDatePattern.Iso.Format(lastDay.PlusYears(1)));
        await api.Send(HttpMethod.Put, market.Path,
            new PutMarketRequest("Daily farmers' market", "Main concourse", schedule, [new PitchBody("p1", 3, 3)], new FeeBody("footfall", 50, 1000, 5000)),
            FootfallJson.Default.PutMarketRequest, admin, HttpStatusCode.OK, cancellation);

        var counters = new Counter[options.Counters];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Counters), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellation }, async (i, ct) =>
        {
            var registered = await api.Send(HttpMethod.Post, $"{market.Path}/counters", new RegisterCounterRequest($"Gate {i + 1}"),
                FootfallJson.Default.RegisterCounterRequest, admin, HttpStatusCode.Created, FootfallJson.Default.CounterRegistered, ct);
            counters[i] = new Counter(registered.Id, registered.Token);
        });
        return market with { Counters = counters, SetupTime = clock.Elapsed };
    }
}
