using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

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

    private InProcessServer(string dataPath, ServerTarget admin, int port)
    {
        _dataPath = dataPath;
        _admin = admin;
        Url = new Uri($"http://127.0.0.1:{port}");
        UseKestrel(port);
    }

    public Uri Url { get; }

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public static InProcessServer Start(string dataPath, ServerTarget admin)
    {
        var server = new InProcessServer(dataPath, admin, LoopbackHttp.FreePort());
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
        // Warnings and errors still reach the console; the figures stay readable.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
