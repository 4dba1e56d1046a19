using System.Diagnostics;

namespace EstateCommons.Benchmarks.Harness;

/// <summary>How one request went: its HTTP status (0 when no answer came) and whether it did what the worker wanted.</summary>
public readonly record struct Answer(int Status, bool Success);

/// <summary>
/// Workers that each send one request, wait for its answer and send the next, until the phase's time or its request
/// budget runs out. A closed loop measures latency as users see it and throughput as the server sustains it.
/// </summary>
public static class ClosedLoop
{
    /// <param name="step">Sends one request for the worker; null when the worker has nothing left to ask.</param>
    public static async Task<LatencySummary> Run(
        int workers, TimeSpan duration, long maxRequests, Func<int, CancellationToken, Task<Answer?>> step, CancellationToken cancellation)
    {
        var start = Stopwatch.GetTimestamp();
        var stopAt = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var recorders = Enumerable.Range(0, workers).Select(_ => new LatencyRecorder(start, (int)Math.Ceiling(duration.TotalSeconds))).ToArray();
        long issued = 0;
        var running = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var recorder = recorders[worker];
            while (Stopwatch.GetTimestamp() < stopAt && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var before = Stopwatch.GetTimestamp();
                if (await step(worker, cancellation) is not { } answer) return;
                recorder.Record(before, Stopwatch.GetTimestamp(), answer.Status, answer.Success);
                // No answer at all means the server is gone or stuck; hammering it further measures nothing.
                if (answer.Status == 0) return;
            }
        }, cancellation)).ToArray();
        await Task.WhenAll(running);
        return LatencySummary.Of(recorders, Stopwatch.GetElapsedTime(start));
    }
}
