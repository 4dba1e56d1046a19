// Measures the usage and market reports of issue 6 over the real server: generates an estate of 8,500 sites × 20 spaces
// (one trust of 500 sites, the rest in trusts of 40) with a month of usage per space per day, made by the real
// UsageCalculator and fed through the site-month roll-up grains as booking and market events feed them; restarts the
// server on that data; then times, over HTTP on loopback as the platform admin, the trust-wide and estate-wide monthly
// reports (first cold answer, then p50/p95/max warm) and prints generation time, records written and memory.
// It prints figures beside the targets (trust p95 < 200 ms, estate < 2 s) and asserts none of them.
// Run: dotnet run -c Release --project tests/EstateCommons.Reporting.Benchmarks [-- --help for a smaller estate]
// Exit codes: 0 measured, 1 a report or the server failed, 2 bad arguments, 130 interrupted.
using System.Diagnostics;
using System.Globalization;

namespace EstateCommons.Reporting.Benchmarks;

// Not top-level statements: those would make a second Program, and Program names the server this benchmark hosts.
internal static class ReportingBenchmark
{
    private static readonly ServerTarget Admin = new();
    private static readonly ServerLogTally Log = new();

    public static async Task<int> Main(string[] args)
    {
        var (options, error) = ReportOptions.Parse(args);
        if (options is null) return BenchmarkRun.Usage(error, ReportOptions.Usage);
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        using var interrupted = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            interrupted.Cancel();
        };
        var dataPath = Path.Combine(Path.GetTempPath(), "estatecommons-reports-" + Guid.NewGuid().ToString("N")[..12]);
        var layout = EstateLayout.For(options);
        Printout.Header(options, layout, dataPath);
        try
        {
            var generated = await Generate(options, layout, dataPath, interrupted.Token);
            return await Measure(options, layout, generated, dataPath, interrupted.Token);
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            Console.WriteLine("Interrupted.");
            return 130;
        }
        catch (Exception e) when (e is BenchmarkFailure or HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"Benchmark failed: {e.Message}");
            return 1;
        }
        finally
        {
            if (Directory.Exists(dataPath)) Directory.Delete(dataPath, recursive: true);
        }
    }

    private static async Task<Generated> Generate(ReportOptions options, EstateLayout layout, string dataPath, CancellationToken cancellation)
    {
        await using var server = InProcessServer.Start(dataPath, Admin, Log);
        using var http = LoopbackHttp.Create(server.Url, 8);
        var api = new EstateApi(http);
        var token = await api.SignIn(Admin.AdminEmail, Admin.AdminPassword, cancellation);
        var structure = await EstateSeeder.CreateStructure(api, token, layout, cancellation);
        var generated = await EstateSeeder.FeedRollUps(server.Grains, layout, options, structure, cancellation);
        Printout.Generation(generated);
        Printout.ServerLog(Log);
        return generated;
    }

    private static async Task<int> Measure(ReportOptions options, EstateLayout layout, Generated generated, string dataPath, CancellationToken cancellation)
    {
        var restart = Stopwatch.StartNew();
        await using var server = InProcessServer.Start(dataPath, Admin, Log);
        Printout.Restarted(restart.Elapsed, dataPath);
        using var http = LoopbackHttp.Create(server.Url, 1);
        // A cold estate-wide report reads every roll-up from disk; give it longer than the usual 30 s.
        http.Timeout = TimeSpan.FromMinutes(10);
        var timer = new ReportTimer(http, await new EstateApi(http).SignIn(Admin.AdminEmail, Admin.AdminPassword, cancellation), cancellation);
        var first = options.Month.OnDayOfMonth(1);
        var range = $"from={first:uuuu-MM-dd}&to={first.With(DateAdjusters.EndOfMonth):uuuu-MM-dd}&by=week";
        var trust = $"{options.TrustSites:N0} sites × {options.SpacesPerSite} spaces";
        var estate = $"{layout.Sites.Count:N0} sites × {options.SpacesPerSite} spaces";

        var timings = new List<ReportTiming>();
        async Task Report(string name, string path, int requests, double targetMs, string scope, (long, long)? fed)
        {
            var timing = await timer.Time(name, path, options.WarmUpRequests, requests);
            Printout.Report(timing, targetMs, scope, fed);
            Printout.ServerLog(Log);
            timings.Add(timing);
        }
        await Report("Trust-wide usage report", $"/api/trusts/{layout.LargeTrustId}/reports/usage?{range}", options.TrustRequests, Printout.TrustTargetMs, trust,
            (generated.TrustAvailableMinutes, generated.TrustBookedMinutes));
        await Report("Estate-wide usage report", $"/api/reports/usage?{range}", options.EstateRequests, Printout.EstateTargetMs, estate,
            (generated.EstateAvailableMinutes, generated.EstateBookedMinutes));
        await Report("Trust-wide market report", $"/api/trusts/{layout.LargeTrustId}/reports/markets?{range}", options.TrustRequests, Printout.TrustTargetMs, trust, null);
        await Report("Estate-wide market report", $"/api/reports/markets?{range}", options.EstateRequests, Printout.EstateTargetMs, estate, null);

        var failures = timings.Where(t => t.ColdStatus != 200 || t.Warm.Count(200) != t.Warm.Requests)
            .Select(t => $"{t.Name} answered other than 200 (first answer {t.ColdStatus}).").ToList();
        Printout.End(failures);
        return failures.Count == 0 ? 0 : 1;
    }
}
