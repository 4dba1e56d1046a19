using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Storage;

namespace EstateCommons.Storage.Tests;

public sealed class FileGrainStorageSiloTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Registered_as_default_it_is_the_Default_provider()
    {
        using var host = BuildSilo(silo => silo.AddFileGrainStorageAsDefault(options => options.RootDirectory = _root.Path));

        var storage = host.Services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);

        Assert.IsType<FileGrainStorage>(storage);
    }

    [Fact]
    public async Task Registered_by_name_each_provider_gets_its_own_options()
    {
        var other = Path.Join(_root.Path, "other");
        using var host = BuildSilo(silo => silo
            .AddFileGrainStorage("bookings", options => options.RootDirectory = _root.Path)
            .AddFileGrainStorage("archive", options => options.RootDirectory = other));

        await host.Services.GetRequiredKeyedService<IGrainStorage>("archive")
            .WriteStateAsync("visits", GrainId.Create("space", "a"), new GrainState<VisitCounter>(new VisitCounter()));

        Assert.True(Directory.Exists(other));
        Assert.IsType<FileGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>("bookings"));
    }

    [Fact]
    public async Task Grain_state_written_through_a_silo_is_there_after_the_silo_restarts()
    {
        await using (var first = await StartSilo())
        {
            var grain = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IVisitLogGrain>("st-marys/room-1");
            await grain.RecordVisit("ada");
            Assert.Equal(2, await grain.RecordVisit("grace"));
        }

        await using var second = await StartSilo();
        var reloaded = second.Services.GetRequiredService<IGrainFactory>().GetGrain<IVisitLogGrain>("st-marys/room-1");

        Assert.Equal(3, await reloaded.RecordVisit("alan"));
    }

    private async Task<StartedHost> StartSilo()
    {
        var host = BuildSilo(silo => silo.AddFileGrainStorageAsDefault(options => options.RootDirectory = _root.Path));
        await host.StartAsync();
        return new StartedHost(host);
    }

    private static IHost BuildSilo(Action<ISiloBuilder> configure)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo =>
        {
            // Free ports, so this test can run beside other silos on the same machine.
            silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort());
            configure(silo);
        });
        return builder.Build();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class StartedHost(IHost host) : IAsyncDisposable
    {
        public IServiceProvider Services => host.Services;

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}
