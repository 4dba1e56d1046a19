using System.Globalization;
using System.Runtime.InteropServices;

namespace EstateCommons.Benchmarks.Harness;

/// <summary>What a benchmark measures with: the HTTP client and API of the server, the server when the run started it, and the run's cancellation.</summary>
public sealed record BenchmarkSession(HttpClient Http, EstateApi Api, ServerProcess? Server, Uri Url, CancellationToken Cancellation);

/// <summary>
/// Runs a benchmark against the real server over HTTP and stops it the same orderly way however the run ends.
/// Exit codes: 0 measured (targets met or not), 1 the server failed or answered something unexpected, 130 interrupted;
/// the measurement itself returns 0 or 1.
/// </summary>
public static class BenchmarkRun
{
    public static async Task<int> Execute(
        ServerTarget target, int concurrentCallers, Action<ServerProcess?, Uri> header, Func<BenchmarkSession, Task<int>> measure)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        using var interrupted = new CancellationTokenSource();
        // Ctrl+C, kill and a closed terminal all end the run the same orderly way: stop the server, delete its data.
        void Interrupt(PosixSignalContext signal)
        {
            signal.Cancel = true;
            interrupted.Cancel();
        }
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Interrupt);
        ServerProcess? server = null;
        // A last resort for any other way out, so the server never outlives the benchmark.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server?.KillNow();

        try
        {
            server = target.Url is null ? ServerProcess.Start(target.AdminEmail, target.AdminPassword) : null;
            var url = target.Url ?? server!.Url;
            using var http = LoopbackHttp.Create(url, concurrentCallers);
            var api = new EstateApi(http);
            header(server, url);
            if (server is not null) await server.WaitUntilReady(api, target.AdminEmail, target.AdminPassword, TimeSpan.FromSeconds(90), interrupted.Token);
            return await measure(new BenchmarkSession(http, api, server, url, interrupted.Token));
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            Console.WriteLine();
            Console.WriteLine("Interrupted; stopping the server.");
            return 130;
        }
        catch (Exception e) when (e is BenchmarkFailure or HttpRequestException or TaskCanceledException)
        {
            RunReport.Failure(e.Message, server);
            return 1;
        }
        finally
        {
            if (server is not null) await server.DisposeAsync();
        }
    }

    /// <summary>Prints why the arguments cannot be used (if they cannot) and the usage; the exit code is 2 for bad arguments, 0 for help.</summary>
    public static int Usage(string? error, string usage)
    {
        if (error is { Length: > 0 }) Console.Error.WriteLine(error);
        Console.Error.WriteLine(usage);
        return error is { Length: > 0 } ? 2 : 0;
    }
}
