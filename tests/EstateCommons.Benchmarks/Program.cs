using System.Globalization;
using System.Runtime.InteropServices;
using EstateCommons.Benchmarks;

// Throughput and latency of the real server over HTTP. Exit codes: 0 measured (targets met or not), 1 the server
// failed or answered something unexpected, 2 bad arguments, 130 interrupted.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var (options, error) = BenchmarkOptions.Parse(args);
if (options is null)
{
    if (error is { Length: > 0 }) Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return error is { Length: > 0 } ? 2 : 0;
}

using var interrupted = new CancellationTokenSource();
// Ctrl+C, kill and a closed terminal all end the run the same orderly way: stop the server, delete its data.
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Interrupt);
ServerProcess? server = null;
// A last resort for any other way out, so the server never outlives the benchmark.
AppDomain.CurrentDomain.ProcessExit += (_, _) => server?.KillNow();

try
{
    server = options.ServerUrl is null ? ServerProcess.Start(options) : null;
    var url = options.ServerUrl ?? server!.Url;
    using var http = LoopbackHttp.Create(url, Math.Max(options.Clients, options.AvailabilityClients));
    var api = new EstateApi(http);
    Report.Header(options, server, url);
    if (server is not null) await server.WaitUntilReady(api, options, TimeSpan.FromSeconds(90), interrupted.Token);

    var estate = await EstateSetup.Create(api, options, interrupted.Token);
    Report.Setup(estate);

    var load = new BookingLoad(http, estate);
    var warmUp = await load.Run(options.WarmUp, options.MaxRequests, interrupted.Token);
    var cpu = CpuUsage.Start(server);
    var bookings = await load.Run(options.Measured, options.MaxRequests, interrupted.Token);
    Report.Bookings(warmUp, bookings, estate, cpu.Stop());
    if (server is { HasExited: true }) throw new BenchmarkFailure("The server exited during the booking phase.");

    cpu = CpuUsage.Start(server);
    var availability = await new AvailabilityLoad(api, estate).Run(options, interrupted.Token);
    Report.Availability(availability, cpu.Stop());
    if (server is not null) Report.Server(server);

    var failures = new List<string>();
    if (warmUp.Other + bookings.Other > 0) failures.Add($"{warmUp.Other + bookings.Other} booking requests got a status other than 201, 409 or 422.");
    if (warmUp.DoubleBookings + bookings.DoubleBookings > 0) failures.Add($"{warmUp.DoubleBookings + bookings.DoubleBookings} hours were booked twice.");
    if (availability.Other > 0) failures.Add($"{availability.Other} availability requests got a status other than 200.");
    if (server is { HasExited: true }) failures.Add("The server exited before the benchmark finished.");
    Report.Verdict(bookings, availability, failures);
    return failures.Count == 0 ? 0 : 1;
}
catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
{
    Console.WriteLine();
    Console.WriteLine("Interrupted; stopping the server.");
    return 130;
}
catch (Exception e) when (e is BenchmarkFailure or HttpRequestException or TaskCanceledException)
{
    Report.Failure(e.Message, server);
    return 1;
}
finally
{
    if (server is not null) await server.DisposeAsync();
}

void Interrupt(PosixSignalContext signal)
{
    signal.Cancel = true;
    interrupted.Cancel();
}
