using EstateCommons.Footfall.Benchmarks;

// Footfall ingest of the real server over HTTP: counters uploading a day's readings at a time. Exit codes: 0 measured
// (target met or not), 1 the server failed, answered something unexpected or lost counts, 2 bad arguments, 130 interrupted.
var (options, error) = FootfallOptions.Parse(args);
if (options is null) return BenchmarkRun.Usage(error, FootfallOptions.Usage);

return await BenchmarkRun.Execute(options.Server, options.Clients, (server, url) => FootfallReport.Header(options, server, url), async run =>
{
    var (server, cancellation) = (run.Server, run.Cancellation);
    var market = await FootfallSetup.Create(run.Api, options, cancellation);
    FootfallReport.Setup(market);

    var load = new FootfallLoad(run.Http, market, options);
    var warmUp = await load.Run(options.WarmUp, cancellation);
    var cpu = CpuUsage.Start(server);
    var uploads = await load.Run(options.Measured, cancellation);
    FootfallReport.Uploads(warmUp, uploads, cpu.Stop());
    if (server is { HasExited: true }) throw new BenchmarkFailure("The server exited during the upload phase.");

    var (unacknowledged, settling) = await load.Settle(cancellation);
    var check = await NoneLostCheck.Run(run.Api, market, load.Acknowledged(), cancellation);
    FootfallReport.NoneLost(check, unacknowledged);
    RunReport.Unexpected(settling);
    if (server is not null) RunReport.Server(server);

    var failures = new List<string>();
    if (warmUp.Other + uploads.Other > 0) failures.Add($"{warmUp.Other + uploads.Other} uploads got a status other than 200.");
    if (warmUp.ResendsRecorded + uploads.ResendsRecorded > 0) failures.Add($"{warmUp.ResendsRecorded + uploads.ResendsRecorded} re-sent batches were recorded again.");
    if (warmUp.Unexpected.Count + uploads.Unexpected.Count + settling.Count > 0) failures.Add("Some answers were not what a counter expects (listed above).");
    if (check.Mismatched.Count > 0) failures.Add($"{check.Mismatched.Count} market days read back a total other than the visitors acknowledged.");
    if (unacknowledged > 0) failures.Add($"{unacknowledged} uploads were never acknowledged.");
    if (server is { HasExited: true }) failures.Add("The server exited before the benchmark finished.");
    FootfallReport.Verdict(uploads, failures);
    return failures.Count == 0 ? 0 : 1;
});
