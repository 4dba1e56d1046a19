using System.Runtime.InteropServices;

namespace EstateCommons.Benchmarks.Harness;

/// <summary>The parts of a benchmark's printed report that every benchmark shares: where it ran, the server's state, CPU and failures.</summary>
public static class RunReport
{
    public static void Header(string title, ServerProcess? server, Uri url)
    {
        Console.WriteLine(title);
        Console.WriteLine($"  date      {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz}");
        Console.WriteLine($"  machine   {Environment.ProcessorCount} logical processors, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}, {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine(server is null
            ? $"  server    already running at {url} (not started by the benchmark)"
            : $"  server    Release build started at {url}, Production, file storage in {server.DataPath}; it shares the CPUs with this load generator");
    }

    /// <summary>One figure beside its target; <paramref name="met"/> null for a figure without one.</summary>
    public static void Row(string name, string value, string target = "", bool? met = null) =>
        Console.WriteLine($"  {name,-24}{value,12}   {target,-12}{(met is null ? "" : met.Value ? " met" : " MISSED")}");

    /// <summary>A phase's latency percentiles, the 99th beside its target when it has one.</summary>
    public static void Latency(LatencySummary latency, string p99Target = "", bool? p99Met = null)
    {
        Row("latency p50 ms", latency.P50Ms.ToString("0.00"));
        Row("latency p95 ms", latency.P95Ms.ToString("0.00"));
        Row("latency p99 ms", latency.P99Ms.ToString("0.00"), p99Target, p99Met);
        Row("latency max ms", latency.MaxMs.ToString("0.00"));
    }

    /// <summary>The closing lines of a phase: its successes each second, whether it was still warming up, CPU, and what was unexpected.</summary>
    public static void PhaseEnd(string successes, LatencySummary latency, CpuReport cpu, IEnumerable<(int Status, string What)> unexpected)
    {
        Console.WriteLine($"  {successes} per second of the run: {string.Join(" ", latency.SuccessesPerSecond)}");
        if (StillRising(latency.SuccessesPerSecond)) Console.WriteLine("  note        throughput was still rising at the end; the server may not have been warm (try --warmup 20)");
        Console.WriteLine($"  CPU         {Cores(cpu)}");
        Unexpected(unexpected);
        Console.WriteLine();
    }

    public static string Cores(CpuReport cpu) =>
        (cpu.ServerCores is { } server ? $"server {server:0.00} cores ({cpu.ServerKernelCores:0.00} of them in the kernel), " : "server not measured, ")
        + $"load generator {cpu.GeneratorCores:0.00} cores, of {Environment.ProcessorCount}";

    // The last whole seconds beat the first by a third or more: the JIT had not finished tiering up, or the disk settled.
    private static bool StillRising(IReadOnlyList<int> perSecond)
    {
        var whole = perSecond.Take(perSecond.Count - 1).ToList();
        if (whole.Count < 6) return false;
        var third = whole.Count / 3;
        return whole.TakeLast(third).Average() > 1.33 * whole.Take(third).Average();
    }

    public static void Unexpected(IEnumerable<(int Status, string What)> answers)
    {
        foreach (var (status, what) in answers) Console.WriteLine($"  unexpected {(status == 0 ? "no answer" : status.ToString())}: {what}");
    }

    public static void Server(ServerProcess server)
    {
        Console.WriteLine("Server");
        try
        {
            var data = server.MeasureData();
            Console.WriteLine($"  data        {data.Files:N0} files, {data.Bytes / 1048576.0:N1} MB; largest record {data.LargestBytes / 1024.0:N1} KB ({data.LargestPath})");
        }
        catch (IOException e)
        {
            Console.WriteLine($"  data        could not be measured: {e.Message}");
        }
        Console.WriteLine($"  log         {server.Log.Warnings} warnings, {server.Log.Failures} errors");
        foreach (var line in server.Log.Problems()) Console.WriteLine($"    {line}");
        Console.WriteLine();
    }

    public static void Failure(string message, ServerProcess? server)
    {
        Console.WriteLine();
        Console.WriteLine($"Benchmark failed: {message}");
        if (server is null) return;
        Console.WriteLine("Last lines of the server's output:");
        foreach (var line in server.Log.Tail()) Console.WriteLine($"  | {line}");
    }
}
