using EstateCommons.Grains;
using EstateCommons.Storage;
using EstateCommons.Storage.AzureBlob;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace EstateCommons.Server.Hosting;

public static class SiloHosting
{
    /// <summary>
    /// Co-hosts an Orleans silo in the chosen profile (Hosting:Mode): Embedded, the default, is one silo with
    /// localhost clustering and everything in the data directory; Cluster is one silo of many, sharing Redis and Blob
    /// Storage. Grain state goes where Storage:Provider says in either.
    /// </summary>
    public static WebApplicationBuilder AddEstateCommonsSilo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EstateCommonsOptions>().BindConfiguration(EstateCommonsOptions.Section)
            .Validate(options => options.Storage.IsComplete, StorageOptions.Incomplete)
            .Validate(ClusterRequirements.HasRedis, ClusterRequirements.NeedsRedis)
            .Validate(ClusterRequirements.HasBlobStorage, ClusterRequirements.NeedsBlobStorage)
            .ValidateOnStart();
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        // The profile decides which Orleans services exist, so it is read now; everything else is read when the silo starts.
        var hosting = builder.Configuration.GetSection($"{EstateCommonsOptions.Section}:Hosting").Get<HostingOptions>() ?? new HostingOptions();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = "estatecommons";
                o.ServiceId = "estatecommons";
            });
            if (hosting.Mode == HostingMode.Cluster) silo.UseClusterProfile(hosting);
            else silo.UseEmbeddedProfile();
            silo.Services.AddGrainStorage(StorageNames.Estate, EstateGrainStorage);
            silo.Services.AddOptions<FileGrainStorageOptions>(StorageNames.Estate)
                .BindConfiguration($"{EstateCommonsOptions.Section}:FileStorage")
                .Configure<IOptions<EstateCommonsOptions>>((storage, app) => storage.RootDirectory = Path.Combine(app.Value.FullDataPath, "grains"));
        });
        return builder;
    }

    // Chosen when the silo starts, from the settings as they are then (see the endpoint options in the profiles).
    private static IGrainStorage EstateGrainStorage(IServiceProvider services, string name)
    {
        var storage = services.GetRequiredService<IOptions<EstateCommonsOptions>>().Value.Storage;
        return storage.Provider switch
        {
            StorageProvider.AzureBlob => new BlobGrainStorage(name, new BlobGrainStorageOptions
            {
                ConnectionString = storage.AzureBlob.ConnectionString,
                ContainerName = storage.AzureBlob.Container,
                NamePrefix = AzureBlobSettings.GrainsPrefix,
            }),
            _ => new FileGrainStorage(name, services.GetRequiredService<IOptionsMonitor<FileGrainStorageOptions>>().Get(name)),
        };
    }
}
