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
        RunReport.Header("EstateCommons benchmark", server, url);
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
        RunReport.Row("confirmed bookings/s", result.ConfirmedPerSecond.ToString("N1"), $">= {TargetConfirmedPerSecond:N0}{scope}", result.ConfirmedPerSecond >= TargetConfirmedPerSecond);
        RunReport.Row("requests/s", latency.RequestsPerSecond.ToString("N1"));
        RunReport.Latency(latency, $"< {TargetBookingP99Ms:0}{scope}", latency.P99Ms < TargetBookingP99Ms);
        RunReport.Row("latency mean ms", latency.MeanMs.ToString("0.00"));
        Console.WriteLine($"  responses   201: {latency.Count(201):N0}   409: {latency.Count(409):N0}   422: {latency.Count(422):N0}   other: {result.Other:N0}");
        Console.WriteLine($"  conflicts   {result.ConflictsSent:N0} deliberate re-asks, {result.ConflictsRefused:N0} refused with 409; unexpected 409s: {result.UnexpectedConflicts}; double bookings: {result.DoubleBookings}");
        RunReport.PhaseEnd("confirmed", latency, cpu, warmUp.Unexpected.Concat(result.Unexpected));
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
        Console.WriteLine($"  CPU         {RunReport.Cores(cpu)}");
        RunReport.Unexpected(result.Unexpected);
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

    private static void Line(string name, LatencySummary l, bool targeted) =>
        Console.WriteLine($"  {name,-44}{l.RequestsPerSecond,9:N1}{l.P50Ms,9:0.00}{l.P95Ms,9:0.00}{l.P99Ms,9:0.00}{l.MaxMs,9:0.00}   "
            + (targeted ? (l.P95Ms < TargetAvailabilityP95Ms ? "met" : "MISSED") : "(no target)"));
}
