using System.Runtime.InteropServices;
using NodaTime.Text;

namespace EstateCommons.Benchmarks;

/// <summary>The printed results, each figure beside its target. Targets are goals, not assertions: missing one does not fail the run.</summary>
public static class Report
{
    public const double TargetConfirmedPerSecond = 3000;
    public const double TargetBookingP99Ms = 50;
    public const double TargetAvailabilityP95Ms = 20;
    private const int TargetClients = 32;
    private const int TargetSpaces = 50;

    public static void Header(BenchmarkOptions options, ServerProcess? server, Uri url)
    {
        Console.WriteLine("EstateCommons benchmark");
        Console.WriteLine($"  date      {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz}");
        Console.WriteLine($"  machine   {Environment.ProcessorCount} logical processors, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}, {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine(server is null
            ? $"  server    already running at {url} (not started by the benchmark)"
            : $"  server    Release build started at {url}, Production, file storage in {server.DataPath}; it shares the CPUs with this load generator");
        Console.WriteLine($"  load      {options.Clients} booking clients for {options.Measured.TotalSeconds:0} s after {options.WarmUp.TotalSeconds:0} s warm-up; {options.AvailabilityClients} availability readers for {options.AvailabilityMeasured.TotalSeconds:0} s");
    }

    public static void Setup(BenchmarkEstate estate)
    {
        Console.WriteLine($"  setup     site {estate.SiteId} ({EstateSetup.TimeZoneId}), {estate.SpaceIds.Count} spaces open 00:00-24:00, one community group with {estate.ClientTokens.Count} members signed in ({estate.SetupTime.TotalSeconds:0.0} s)");
        Console.WriteLine();
    }

    public static void Bookings(BookingResult warmUp, BookingResult result, BenchmarkEstate estate, CpuReport cpu)
    {
        var latency = result.Latency;
        Console.WriteLine($"Bookings: POST /api/bookings, {result.Clients} clients in a closed loop for {latency.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"  hour-long slots from {LocalDatePattern.Iso.Format(estate.FirstBookingDay)}, each client in its own spaces or days; 1 request in 20 re-asks for an hour already booked");
        Console.WriteLine($"  (warm-up: {warmUp.Latency.Requests:N0} requests, {warmUp.ConfirmedPerSecond:N0} confirmed/s, p99 {warmUp.Latency.P99Ms:0.0} ms)");
        var scope = result.Clients == TargetClients ? "" : $" (target is for {TargetClients} clients)";
        Console.WriteLine($"  {"",-24}{"measured",12}   target");
        Row("confirmed bookings/s", result.ConfirmedPerSecond.ToString("N1"), $">= {TargetConfirmedPerSecond:N0}{scope}", result.ConfirmedPerSecond >= TargetConfirmedPerSecond);
        Row("requests/s", latency.RequestsPerSecond.ToString("N1"));
        Row("latency p50 ms", latency.P50Ms.ToString("0.00"));
        Row("latency p95 ms", latency.P95Ms.ToString("0.00"));
        Row("latency p99 ms", latency.P99Ms.ToString("0.00"), $"< {TargetBookingP99Ms:0}{scope}", latency.P99Ms < TargetBookingP99Ms);
        Row("latency max ms", latency.MaxMs.ToString("0.00"));
        Row("latency mean ms", latency.MeanMs.ToString("0.00"));
        Console.WriteLine($"  responses   201: {latency.Count(201):N0}   409: {latency.Count(409):N0}   422: {latency.Count(422):N0}   other: {result.Other:N0}");
        Console.WriteLine($"  conflicts   {result.ConflictsSent:N0} deliberate re-asks, {result.ConflictsRefused:N0} refused with 409; unexpected 409s: {result.UnexpectedConflicts}; double bookings: {result.DoubleBookings}");
        Console.WriteLine($"  confirmed per second of the run: {string.Join(" ", latency.SuccessesPerSecond)}");
        if (StillRising(latency.SuccessesPerSecond)) Console.WriteLine("  note        throughput was still rising at the end; the server may not have been warm (try --warmup 20)");
        Console.WriteLine($"  CPU         {Cores(cpu)}");
        Unexpected(warmUp.Unexpected.Concat(result.Unexpected));
        Console.WriteLine();
    }

    public static void Availability(AvailabilityResult result, CpuReport cpu)
    {
        var scope = result.Spaces == TargetSpaces ? "" : $" (target is for {TargetSpaces} spaces)";
        Console.WriteLine($"Availability: one week, {LocalDatePattern.Iso.Format(result.From)} to {LocalDatePattern.Iso.Format(result.To)}, of the booked-up calendar");
        Console.WriteLine($"  {"",-44}{"req/s",9}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}{"max ms",9}   target p95 < {TargetAvailabilityP95Ms:0} ms{scope}");
        Line($"site, {result.Spaces} spaces, {result.ConcurrentClients} concurrent clients", result.SiteConcurrent, true);
        Line($"site, {result.Spaces} spaces, serial", result.SiteSerial, true);
        Line("one space, serial", result.SpaceSerial, false);
        Console.WriteLine($"  responses   200: {result.SiteConcurrent.Count(200) + result.SiteSerial.Count(200) + result.SpaceSerial.Count(200):N0}   other: {result.Other:N0}");
        Console.WriteLine($"  CPU         {Cores(cpu)}");
        Unexpected(result.Unexpected);
        Console.WriteLine();
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

    public static void Verdict(BookingResult bookings, AvailabilityResult availability, IReadOnlyList<string> failures)
    {
        var met = new[]
        {
            bookings.ConfirmedPerSecond >= TargetConfirmedPerSecond,
            bookings.Latency.P99Ms < TargetBookingP99Ms,
            availability.SiteConcurrent.P95Ms < TargetAvailabilityP95Ms,
        }.Count(m => m);
        Console.WriteLine($"Targets met: {met} of 3 (bookings/s, booking p99, availability p95 with {availability.ConcurrentClients} concurrent clients). Targets are goals; missing one does not fail the run.");
        Console.WriteLine(failures.Count == 0 ? "Run: clean (no 5xx, no unexpected statuses, no double bookings)." : "Run: FAILED");
        foreach (var failure in failures) Console.WriteLine($"  {failure}");
    }

    public static void Failure(string message, ServerProcess? server)
    {
        Console.WriteLine();
        Console.WriteLine($"Benchmark failed: {message}");
        if (server is null) return;
        Console.WriteLine("Last lines of the server's output:");
        foreach (var line in server.Log.Tail()) Console.WriteLine($"  | {line}");
    }

    // The last whole seconds beat the first by a third or more: the JIT had not finished tiering up, or the disk settled.
    private static bool StillRising(IReadOnlyList<int> perSecond)
    {
        var whole = perSecond.Take(perSecond.Count - 1).ToList();
        if (whole.Count < 6) return false;
        var third = whole.Count / 3;
        return whole.TakeLast(third).Average() > 1.33 * whole.Take(third).Average();
    }

    private static void Row(string name, string value, string target = "", bool? met = null) =>
        Console.WriteLine($"  {name,-24}{value,12}   {target,-12}{(met is null ? "" : met.Value ? " met" : " MISSED")}");

    private static void Line(string name, LatencySummary l, bool targeted) =>
        Console.WriteLine($"  {name,-44}{l.RequestsPerSecond,9:N1}{l.P50Ms,9:0.00}{l.P95Ms,9:0.00}{l.P99Ms,9:0.00}{l.MaxMs,9:0.00}   "
            + (targeted ? (l.P95Ms < TargetAvailabilityP95Ms ? "met" : "MISSED") : "(no target)"));

    private static string Cores(CpuReport cpu) =>
        (cpu.ServerCores is { } server ? $"server {server:0.00} cores ({cpu.ServerKernelCores:0.00} of them in the kernel), " : "server not measured, ")
        + $"load generator {cpu.GeneratorCores:0.00} cores, of {Environment.ProcessorCount}";

    private static void Unexpected(IEnumerable<(int Status, string What)> answers)
    {
        foreach (var (status, what) in answers) Console.WriteLine($"  unexpected {(status == 0 ? "no answer" : status.ToString())}: {what}");
    }
}
