using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Storage;

namespace EstateCommons.Storage.Tests;

public sealed class FileGrainStorageSiloTests : GrainStorageSiloContract, IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Registered_as_default_it_is_the_Default_provider()
    {
        using var host = TestSilo.Build(silo => silo.AddFileGrainStorageAsDefault(options => options.RootDirectory = _root.Path));

        var storage = host.Services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);

        Assert.IsType<FileGrainStorage>(storage);
    }

    [Fact]
    public async Task Registered_by_name_each_provider_gets_its_own_options()
    {
        var other = Path.Join(_root.Path, "other");
        using var host = TestSilo.Build(silo => silo
            .AddFileGrainStorage("bookings", options => options.RootDirectory = _root.Path)
            .AddFileGrainStorage("archive", options => options.RootDirectory = other));

        await host.Services.GetRequiredKeyedService<IGrainStorage>("archive")
            .WriteStateAsync("visits", GrainId.Create("space", "a"), new GrainState<VisitCounter>(new VisitCounter()));

        Assert.True(Directory.Exists(other));
        Assert.IsType<FileGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>("bookings"));
    }

    protected override void AddDefaultStorage(ISiloBuilder silo) => silo.AddFileGrainStorageAsDefault(options => options.RootDirectory = _root.Path);
}
