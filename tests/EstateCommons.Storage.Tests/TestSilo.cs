using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Hosting;

namespace EstateCommons.Storage.Tests;

// One silo in a generic host, on free ports so these tests can run beside other silos on the same machine.
internal static class TestSilo
{
    public static IHost Build(Action<ISiloBuilder> configure)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort());
            configure(silo);
        });
        return builder.Build();
    }

    public static async Task<StartedSilo> Start(Action<ISiloBuilder> configure)
    {
        var host = Build(configure);
        await host.StartAsync();
        return new StartedSilo(host);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A started silo host that is stopped, then disposed, when the test is done with it.</summary>
internal sealed class StartedSilo(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
