using System.Diagnostics;

namespace EstateCommons.Benchmarks.Harness;

/// <summary>
/// The real server, run from its Release build as a child process on free loopback ports with durable file
/// storage in a fresh temporary directory. Disposing it kills the process tree and deletes the data.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private int _stopped;

    private ServerProcess(Process process, Uri url, string dataPath, ServerLog log)
    {
        _process = process;
        Url = url;
        DataPath = dataPath;
        Log = log;
    }

    public Uri Url { get; }

    public string DataPath { get; }

    public ServerLog Log { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>CPU time the server has used so far, across all its threads: in its own code and in the kernel on its behalf.</summary>
    public (TimeSpan User, TimeSpan Kernel) CpuTime
    {
        get
        {
            try
            {
                _process.Refresh();
                return (_process.UserProcessorTime, _process.PrivilegedProcessorTime);
            }
            catch (InvalidOperationException)
            {
                return (TimeSpan.Zero, TimeSpan.Zero);
            }
        }
    }

    public static ServerProcess Start(string adminEmail, string adminPassword)
    {
        var dll = RepositoryLayout.ServerDll();
        var dataPath = Path.Combine(Path.GetTempPath(), "estatecommons-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataPath);
        var url = new Uri($"http://127.0.0.1:{LoopbackHttp.FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            // appsettings.json is read from the content root, which is the working directory.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url.GetLeftPart(UriPartial.Authority));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["EstateCommons__DataPath"] = dataPath;
        start.Environment["EstateCommons__SeedDemo"] = "false";
        start.Environment["EstateCommons__Bootstrap__AdminEmail"] = adminEmail;
        start.Environment["EstateCommons__Bootstrap__AdminPassword"] = adminPassword;
        start.Environment["EstateCommons__Orleans__SiloPort"] = LoopbackHttp.FreePort().ToString();
        start.Environment["EstateCommons__Orleans__GatewayPort"] = LoopbackHttp.FreePort().ToString();
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("DOTNET_URLS");

        var log = new ServerLog();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => log.Add(e.Data);
        process.ErrorDataReceived += (_, e) => log.Add(e.Data);
        try
        {
            process.Start();
        }
        catch
        {
            TryDeleteDirectory(dataPath);
            throw;
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(process, url, dataPath, log);
    }

    /// <summary>Waits until the server issues the bootstrap admin a token: the API is up and start-up tasks have run.</summary>
    public async Task WaitUntilReady(EstateApi api, string adminEmail, string adminPassword, TimeSpan timeout, CancellationToken cancellation)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) throw new BenchmarkFailure($"The server exited during start-up with code {_process.ExitCode}.");
            try
            {
                await api.SignIn(adminEmail, adminPassword, cancellation);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or BenchmarkFailure && deadline.Elapsed < timeout)
            {
                await Task.Delay(250, cancellation);
            }
        }
    }

    /// <summary>What the server left in its data directory: files, bytes and the largest record.</summary>
    public DataDirectorySize MeasureData() => DataDirectorySize.Of(DataPath);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or refusing to die; either way the data directory below is ours to remove.
        }
        _process.Dispose();
        TryDeleteDirectory(DataPath);
    }

    /// <summary>A synchronous last resort for process exit, where awaiting is not possible.</summary>
    public void KillNow()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }
        TryDeleteDirectory(DataPath);
    }

    private static void TryDeleteDirectory(string path)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
            catch (UnauthorizedAccessException)
            {
                return;
            }
        }
    }
}

public sealed record DataDirectorySize(int Files, long Bytes, long LargestBytes, string LargestPath)
{
    /// <summary>What a server left in its data directory: files, bytes and the largest record.</summary>
    public static DataDirectorySize Of(string dataPath)
    {
        var files = new DirectoryInfo(dataPath).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        var largest = files.MaxBy(f => f.Length);
        return new DataDirectorySize(files.Count, files.Sum(f => f.Length), largest?.Length ?? 0,
            largest is null ? "" : Path.GetRelativePath(dataPath, largest.FullName));
    }
}
