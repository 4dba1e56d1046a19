using NodaTime.Text;

namespace EstateCommons.Footfall.Benchmarks;

/// <summary>The printed results, each figure beside its target. The target is a goal, not an assertion: missing it does not fail the run.</summary>
public static class FootfallReport
{
    public const double TargetReadingsPerSecond = 50_000;

    public static void Header(FootfallOptions options, ServerProcess? server, Uri url)
    {
        RunReport.Header("EstateCommons footfall ingest benchmark", server, url);
        Console.WriteLine($"  load      {options.Clients} upload clients for {options.Measured.TotalSeconds:0} s after {options.WarmUp.TotalSeconds:0} s warm-up, "
            + $"{options.Counters} counters, 1 upload in {options.ResendEvery} a re-send");
    }

    public static void Setup(FootfallMarket market)
    {
        Console.WriteLine($"  setup     site {market.SiteId} ({market.Zone.Id}), market {FootfallMarket.MarketId} open daily "
            + $"{FootfallSetup.Opens:HH:mm} for {FootfallSetup.MinutesOpen / 60} hours, {market.Counters.Count} counters registered ({market.SetupTime.TotalSeconds:0.0} s)");
        Console.WriteLine();
    }

    public static void Uploads(UploadResult warmUp, UploadResult result, CpuReport cpu)
    {
        var latency = result.Latency;
        Console.WriteLine($"Uploads: POST /api/footfall/batches, {result.Clients} clients in a closed loop for {latency.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"  each upload is one counter's market day: {FootfallSetup.MinutesOpen} one-minute readings; counters upload their days from yesterday backwards");
        Console.WriteLine($"  (warm-up: {warmUp.Latency.Requests:N0} uploads, {warmUp.ReadingsPerSecond:N0} readings/s, p99 {warmUp.Latency.P99Ms:0.0} ms)");
        Console.WriteLine($"  {"",-24}{"measured",12}   target");
        RunReport.Row("readings accepted/s", result.ReadingsPerSecond.ToString("N0"), $">= {TargetReadingsPerSecond:N0} per silo", result.ReadingsPerSecond >= TargetReadingsPerSecond);
        RunReport.Row("new batches/s", result.BatchesPerSecond.ToString("N1"));
        RunReport.Row("uploads/s (with re-sends)", latency.RequestsPerSecond.ToString("N1"));
        RunReport.Latency(latency);
        Console.WriteLine($"  responses   200: {latency.Count(200):N0}   other: {result.Other:N0}");
        Console.WriteLine($"  re-sends    {result.Resends:N0} days sent again, {result.ResendsRecognised:N0} answered as repeats with nothing recorded; recorded again: {result.ResendsRecorded}");
        RunReport.PhaseEnd("new batches", latency, cpu, warmUp.Unexpected.Concat(result.Unexpected));
    }

    public static void NoneLost(NoneLostResult check, int unacknowledged)
    {
        Console.WriteLine($"None lost: each market day's total read back through GET .../days/{{date}}/footfall ({check.Days.Count:N0} days, {check.Elapsed.TotalSeconds:0.0} s)");
        Console.WriteLine($"  visitors in acknowledged uploads {check.Acknowledged,16:N0}");
        Console.WriteLine($"  visitors read back               {check.ReadBack,16:N0}");
        Console.WriteLine(check.Mismatched.Count == 0
            ? "  every day matches: nothing acknowledged was lost, and no re-sent batch added anything"
            : $"  {check.Mismatched.Count} days DIFFER, such as {string.Join(", ", check.Mismatched.Take(5).Select(d => $"{LocalDatePattern.Iso.Format(d.Day)} acknowledged {d.Acknowledged:N0}, read back {d.ReadBack:N0}"))}");
        if (unacknowledged > 0) Console.WriteLine($"  {unacknowledged} uploads were never acknowledged, even when sent again");
        Console.WriteLine();
    }

    public static void Verdict(UploadResult result, IReadOnlyList<string> failures)
    {
        var met = result.ReadingsPerSecond >= TargetReadingsPerSecond;
        Console.WriteLine($"Target {(met ? "met" : "MISSED")}: at least {TargetReadingsPerSecond:N0} counts/s accepted per silo (batched), none lost. The target is a goal; missing it does not fail the run.");
        Console.WriteLine(failures.Count == 0 ? "Run: clean (no unexpected statuses, every re-send a repeat, every acknowledged count read back)." : "Run: FAILED");
        foreach (var failure in failures) Console.WriteLine($"  {failure}");
    }
}
