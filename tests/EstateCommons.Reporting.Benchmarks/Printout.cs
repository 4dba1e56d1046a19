using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace EstateCommons.Reporting.Benchmarks;

/// <summary>The printed results. Targets are goals shown beside the figures; missing one does not fail the run.</summary>
public static class Printout
{
    public const double TrustTargetMs = 200;
    public const double EstateTargetMs = 2_000;

    public static void Header(ReportOptions options, EstateLayout layout, string dataPath)
    {
        Console.WriteLine("EstateCommons reporting benchmark: usage and market reports read from the site-month roll-ups");
        Console.WriteLine($"  date      {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz}");
        Console.WriteLine($"  machine   {Environment.ProcessorCount} logical processors, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}, {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"  server    Release build hosted in this process (Kestrel on loopback, one silo, Production), file storage in {dataPath}");
        Console.WriteLine($"  estate    {layout.Sites.Count:N0} sites in {layout.TrustIds.Count:N0} trusts ({options.TrustSites:N0} in {layout.LargeTrustId}, the rest {options.SitesPerTrust} a trust), "
            + $"{options.SpacesPerSite} spaces a site, {options.Month:MMMM uuuu}; a Saturday market at 1 site in {options.MarketEvery}");
        Console.WriteLine();
    }

    public static void Generation(Generated generated)
    {
        var process = Process.GetCurrentProcess();
        Console.WriteLine("Generation: sites through the API, usage through the roll-up grains (RecordSpaceDays, RecordMarketDay)");
        RunReport.Row("trusts and sites (API)", $"{generated.Structure.TotalSeconds:N1} s");
        RunReport.Row("day patterns", $"{generated.PatternCount:N0}", $"by UsageCalculator in {generated.Patterns.TotalMilliseconds:N0} ms");
        RunReport.Row("roll-up calls", $"{generated.SpaceMonths + generated.MarketDays:N0}", $"{generated.SpaceMonths:N0} space-months ({generated.SpaceDays:N0} space-days), {generated.MarketDays:N0} market days");
        RunReport.Row("roll-ups fed in", $"{generated.RollUps.TotalSeconds:N1} s", $"{(generated.SpaceMonths + generated.MarketDays) / generated.RollUps.TotalSeconds:N0} calls/s");
        RunReport.Row("peak working set", $"{process.PeakWorkingSet64 / 1048576.0:N0} MB", "server and generator together");
    }

    public static void Restarted(TimeSpan restart, string dataPath)
    {
        var data = DataDirectorySize.Of(dataPath);
        Console.WriteLine($"The server was stopped and started again on the same data ({restart.TotalSeconds:N1} s): the first trust-wide and estate-wide usage reports");
        Console.WriteLine("activate their roll-ups from disk; the market reports come after them and find the roll-ups in memory.");
        Console.WriteLine($"  data        {data.Files:N0} files, {data.Bytes / 1048576.0:N0} MB; largest record {data.LargestBytes / 1024.0:N1} KB ({data.LargestPath})");
        Console.WriteLine();
    }

    public static void Report(ReportTiming timing, double targetMs, string scope, (long Available, long Booked)? fed)
    {
        var warm = timing.Warm;
        Console.WriteLine($"{timing.Name}: GET {timing.Path}");
        Console.WriteLine($"  {scope}; answer {timing.Bytes / 1024.0:N1} KB");
        Console.WriteLine($"  {"",-24}{"measured",12}   target");
        RunReport.Row("first answer ms", timing.ColdMs.ToString("N1"), timing.ColdStatus == 200 ? "" : $"status {timing.ColdStatus}");
        RunReport.Row("warm p50 ms", warm.P50Ms.ToString("N1"));
        RunReport.Row("warm p95 ms", warm.P95Ms.ToString("N1"), $"< {targetMs:N0} ms", warm.P95Ms < targetMs);
        RunReport.Row("warm max ms", warm.MaxMs.ToString("N1"));
        Console.WriteLine($"  requests    {warm.Requests} timed, one at a time; 200: {warm.Count(200)}, other: {warm.Requests - warm.Count(200)}");
        Console.WriteLine($"  working set {Process.GetCurrentProcess().WorkingSet64 / 1048576.0:N0} MB after it, managed heap {GC.GetTotalMemory(false) / 1048576.0:N0} MB");
        if (fed is { } totals) Console.WriteLine($"  totals      {TotalsCheck(timing.Body, totals)}");
        RunReport.Unexpected(timing.Unexpected);
    }

    /// <summary>What the server logged at warning or above since the last time, each kind once with its count; then forgets it.</summary>
    public static void ServerLog(ServerLogTally log)
    {
        foreach (var (level, category, count, first) in log.Entries())
        {
            Console.WriteLine($"  server log  {count:N0} × {level} {category}: {(first.Length > 300 ? first[..300] + "…" : first)}");
        }
        log.Clear();
        Console.WriteLine();
    }

    public static void End(IReadOnlyList<string> failures)
    {
        Console.WriteLine($"Peak working set of the whole run: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
        Console.WriteLine(failures.Count == 0 ? "Run: clean (every report answered 200)." : "Run: FAILED");
        foreach (var failure in failures) Console.WriteLine($"  {failure}");
    }

    // The report's totals should be exactly the minutes fed to the roll-ups: sums of sums lose nothing.
    private static string TotalsCheck(JsonDocument? body, (long Available, long Booked) fed)
    {
        if (body is null || !body.RootElement.TryGetProperty("totals", out var totals)
            || !totals.TryGetProperty("availableMinutes", out var available) || !totals.TryGetProperty("bookedMinutes", out var booked))
        {
            return "not checked (no totals.availableMinutes and bookedMinutes in the answer)";
        }
        var read = (available.GetInt64(), booked.GetInt64());
        return read == fed
            ? $"{read.Item1:N0} minutes open and {read.Item2:N0} booked, as fed to the roll-ups"
            : $"{read.Item1:N0} minutes open and {read.Item2:N0} booked DIFFER from the {fed.Available:N0} and {fed.Booked:N0} fed to the roll-ups";
    }
}
