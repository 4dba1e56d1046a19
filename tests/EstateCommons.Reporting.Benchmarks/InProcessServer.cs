using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EstateCommons.Reporting.Benchmarks;

/// <summary>
/// The real server (HTTP pipeline on Kestrel, co-hosted silo, durable file storage) in this process, listening on a free
/// loopback port over a data directory that outlives it, so a second one can start where the first stopped. Its grain
/// factory is how the benchmark plays the spaces and market days feeding the roll-ups; reports are asked for over HTTP.
/// </summary>
public sealed class InProcessServer : WebApplicationFactory<Program>
{
    private readonly string _dataPath;
    private readonly ServerTarget _admin;

    private readonly ServerLogTally _log;

    private InProcessServer(string dataPath, ServerTarget admin, ServerLogTally log, int port)
    {
        _dataPath = dataPath;
        _admin = admin;
        _log = log;
        Url = new Uri($"http://127.0.0.1:{port}");
        UseKestrel(port);
    }

    public Uri Url { get; }

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public static InProcessServer Start(string dataPath, ServerTarget admin, ServerLogTally log)
    {
        var server = new InProcessServer(dataPath, admin, log, LoopbackHttp.FreePort());
        server.StartServer();
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // The server's appsettings.json is copied beside this program, as it is beside the server's own build.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("EstateCommons:DataPath", _dataPath);
        builder.UseSetting("EstateCommons:SeedDemo", "false");
        builder.UseSetting("EstateCommons:Bootstrap:AdminEmail", _admin.AdminEmail);
        builder.UseSetting("EstateCommons:Bootstrap:AdminPassword", _admin.AdminPassword);
        builder.UseSetting("EstateCommons:Orleans:SiloPort", LoopbackHttp.FreePort().ToString());
        builder.UseSetting("EstateCommons:Orleans:GatewayPort", LoopbackHttp.FreePort().ToString());
        // Warnings and errors are tallied for the report rather than printed among the figures.
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(_log));
    }
}
