using EstateCommons.Grains;
using EstateCommons.Payments;
using EstateCommons.Payments.Testing;
using EstateCommons.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using Orleans.TestingHost;

namespace EstateCommons.Grains.Tests;

/// <summary>
/// Two in-process silos sharing one durable file store and one fake clock. Grain calls can be made
/// from either silo, so tests exercise the single-writer rule across silos, not just within one.
/// </summary>
public sealed class TwoSiloCluster : IAsyncLifetime
{
    // Silo configurators are created by the test host, so they reach the per-cluster settings through statics.
    private static readonly string SharedDataPath = Path.Combine(Path.GetTempPath(), $"ec-grains-{Guid.NewGuid():N}");
    public static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 23, 9, 0));

    /// <summary>The payment provider both silos use. Tests in the collection run one at a time, so one may switch it off or break it for a while.</summary>
    public static readonly RecordingPaymentGateway Payments = new();

    public TestCluster Cluster { get; private set; } = null!;

    public string DataPath => SharedDataPath;

    public IGrainFactory Client => Cluster.Client;

    /// <summary>The grain factory inside each silo, to send calls from both.</summary>
    public IReadOnlyList<IGrainFactory> SiloFactories => SiloServices.Select(s => s.GetRequiredService<IGrainFactory>()).ToList();

    /// <summary>Each silo's services, to reach what grains use (their storage, say) directly.</summary>
    public IReadOnlyList<IServiceProvider> SiloServices =>
        Cluster.Silos.OfType<InProcessSiloHandle>().Select(s => s.SiloHost.Services).ToList();

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<Configurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        if (Directory.Exists(SharedDataPath)) Directory.Delete(SharedDataPath, recursive: true);
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddFileGrainStorage(StorageNames.Estate, o => o.RootDirectory = SharedDataPath);
            silo.Services.AddSingleton<IClock>(Clock);
            silo.Services.AddSingleton<IPaymentGateway>(Payments);
            silo.UseInMemoryReminderService();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<TwoSiloCluster>
{
    public const string Name = "two-silo cluster";
}
