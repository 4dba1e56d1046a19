using System.Collections.Concurrent;
using System.Diagnostics;

namespace EstateCommons.Server.Tests;

/// <summary>
/// The built server run as its own process on loopback, so a test can kill it without warning (SIGKILL)
/// and start it again on the same data directory.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 200;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The last lines the server wrote, to say why it failed.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    public static async Task<ServerProcess> Start(string dataPath, IDictionary<string, string>? settings = null)
    {
        var port = FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ServerAssembly());
        start.ArgumentList.Add($"--urls={address}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["EstateCommons__DataPath"] = dataPath;
        start.Environment["EstateCommons__Orleans__SiloPort"] = FreePort.Next().ToString();
        start.Environment["EstateCommons__Orleans__GatewayPort"] = FreePort.Next().ToString();
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key.Replace(":", "__")] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilAnswering(TimeSpan.FromSeconds(90));
        return server;
    }

    public HttpClient Client() => new() { BaseAddress = Address };

    /// <summary>SIGKILL: no shutdown hooks, no flushing; only what was durably written survives.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) KillHard();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private async Task WaitUntilAnswering(TimeSpan timeout)
    {
        using var client = Client();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited with code {_process.ExitCode} while starting:{Environment.NewLine}{RecentOutput}");
            try
            {
                if ((await client.GetAsync("/api/sites")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The server did not answer on {Address} within {timeout}:{Environment.NewLine}{RecentOutput}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > KeptOutputLines) _output.TryDequeue(out _);
    }

    /// <summary>The server built beside this test assembly, in the same configuration (Debug or Release).</summary>
    private static string ServerAssembly()
    {
        var testOutput = AppContext.BaseDirectory;
        var configuration = new DirectoryInfo(testOutput).Parent!.Name == "net10.0"
            ? new DirectoryInfo(testOutput).Parent!.Parent!.Name
            : new DirectoryInfo(testOutput.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var root = new DirectoryInfo(testOutput);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "EstateCommons.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Could not find the repository root (EstateCommons.sln) above the test output.");
        var path = Path.Combine(root.FullName, "src", "EstateCommons.Server", "bin", configuration, "net10.0", "EstateCommons.Server.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the server first.", path);
    }
}
