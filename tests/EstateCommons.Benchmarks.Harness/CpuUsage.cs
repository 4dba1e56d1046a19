using System.Diagnostics;

namespace EstateCommons.Benchmarks.Harness;

/// <summary>Average cores busy during a phase. The server's figures are null when it is not our child process.</summary>
public sealed record CpuReport(double? ServerCores, double? ServerKernelCores, double GeneratorCores);

/// <summary>
/// How busy the server and this load generator kept the CPUs during a phase, in cores. On a small machine the two
/// compete, so a result is only understood beside these figures; the server's kernel share shows what its disk work costs.
/// </summary>
public sealed class CpuUsage
{
    private readonly ServerProcess? _server;
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly (TimeSpan User, TimeSpan Kernel) _serverStart;
    private readonly TimeSpan _generatorStart;

    private CpuUsage(ServerProcess? server)
    {
        _server = server;
        _serverStart = server?.CpuTime ?? default;
        _generatorStart = Process.GetCurrentProcess().TotalProcessorTime;
    }

    public static CpuUsage Start(ServerProcess? server) => new(server);

    public CpuReport Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_start).TotalSeconds;
        var generator = (Process.GetCurrentProcess().TotalProcessorTime - _generatorStart).TotalSeconds / wall;
        // An exited process no longer reports its times; better no figure than a wrong one.
        if (_server is null || _server.HasExited) return new CpuReport(null, null, generator);
        var (user, kernel) = _server.CpuTime;
        var kernelSeconds = (kernel - _serverStart.Kernel).TotalSeconds;
        return new CpuReport((user - _serverStart.User).TotalSeconds / wall + kernelSeconds / wall, kernelSeconds / wall, generator);
    }
}
