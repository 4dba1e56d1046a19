using EstateCommons.Benchmarks;

// Throughput and latency of the real server over HTTP. Exit codes: 0 measured (targets met or not), 1 the server
// failed or answered something unexpected, 2 bad arguments, 130 interrupted.
var (options, error) = BenchmarkOptions.Parse(args);
if (options is null) return BenchmarkRun.Usage(error, BenchmarkOptions.Usage);

return await BenchmarkRun.Execute(options.Server, Math.Max(options.Clients, options.AvailabilityClients),
    (server, url) => Report.Header(options, server, url),
    async run =>
    {
        var (server, cancellation) = (run.Server, run.Cancellation);
        var estate = await EstateSetup.Create(run.Api, options, cancellation);
        Report.Setup(estate);

        var load = new BookingLoad(run.Http, estate);
        var warmUp = await load.Run(options.WarmUp, options.MaxRequests, cancellation);
        var cpu = CpuUsage.Start(server);
        var bookings = await load.Run(options.Measured, options.MaxRequests, cancellation);
        Report.Bookings(warmUp, bookings, estate, cpu.Stop());
        if (server is { HasExited: true }) throw new BenchmarkFailure("The server exited during the booking phase.");

        cpu = CpuUsage.Start(server);
        var availability = await new AvailabilityLoad(run.Api, estate).Run(options, cancellation);
        Report.Availability(availability, cpu.Stop());
        if (server is not null) RunReport.Server(server);

        var failures = new List<string>();
        if (warmUp.Other + bookings.Other > 0) failures.Add($"{warmUp.Other + bookings.Other} booking requests got a status other than 201, 409 or 422.");
        if (warmUp.DoubleBookings + bookings.DoubleBookings > 0) failures.Add($"{warmUp.DoubleBookings + bookings.DoubleBookings} hours were booked twice.");
        if (availability.Other > 0) failures.Add($"{availability.Other} availability requests got a status other than 200.");
        if (server is { HasExited: true }) failures.Add("The server exited before the benchmark finished.");
        Report.Verdict(bookings, availability, failures);
        return failures.Count == 0 ? 0 : 1;
    });
