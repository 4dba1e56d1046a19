using System.Diagnostics;

namespace EstateCommons.Benchmarks;

/// <summary>
/// How busy the server and this load generator kept the CPUs during a phase, in cores. On a small machine the two
/// compete, so a result is only understood beside these figures.
/// </summary>
public sealed class CpuUsage
{
    private readonly ServerProcess? _server;
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly TimeSpan _serverStart;
    private readonly TimeSpan _generatorStart;

    private CpuUsage(ServerProcess? server)
    {
        _server = server;
        _serverStart = server?.CpuTime ?? TimeSpan.Zero;
        _generatorStart = Process.GetCurrentProcess().TotalProcessorTime;
    }

    public static CpuUsage Start(ServerProcess? server) => new(server);

    /// <summary>Average cores busy since <see cref="Start"/>; the server's is null when it is not our child process.</summary>
    public (double? ServerCores, double GeneratorCores) Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_start).TotalSeconds;
        var generator = (Process.GetCurrentProcess().TotalProcessorTime - _generatorStart).TotalSeconds / wall;
        double? server = _server is null ? null : (_server.CpuTime - _serverStart).TotalSeconds / wall;
        return (server, generator);
    }
}
