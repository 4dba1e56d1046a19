using EstateCommons.Grains;
using EstateCommons.Storage;
using EstateCommons.Storage.AzureBlob;
using EstateCommons.Storage.Reminders;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace EstateCommons.Server.Hosting;

public static class SiloHosting
{
    /// <summary>
    /// The embedded default: one silo in this process, localhost clustering, and grain state and reminders in
    /// files under the data directory. Nothing else needs to run. With Storage:Provider AzureBlob, grain state is
    /// kept in Blob Storage instead; reminders stay in files.
    /// </summary>
    public static WebApplicationBuilder AddEstateCommonsSilo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EstateCommonsOptions>().BindConfiguration(EstateCommonsOptions.Section)
            .Validate(options => options.Storage.IsComplete, StorageOptions.Incomplete)
            .ValidateOnStart();
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering();
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = "estatecommons";
                o.ServiceId = "estatecommons";
            });
            // Read when the silo starts rather than now, so hosts (and tests) can set ports and paths late.
            silo.Services.AddOptions<EndpointOptions>().Configure<IOptions<EstateCommonsOptions>>((endpoint, app) =>
            {
                endpoint.SiloPort = app.Value.Orleans.SiloPort;
                endpoint.GatewayPort = app.Value.Orleans.GatewayPort;
            });
            silo.Services.AddGrainStorage(StorageNames.Estate, EstateGrainStorage);
            silo.Services.AddOptions<FileGrainStorageOptions>(StorageNames.Estate)
                .BindConfiguration($"{EstateCommonsOptions.Section}:FileStorage")
                .Configure<IOptions<EstateCommonsOptions>>((storage, app) => storage.RootDirectory = Path.Combine(app.Value.FullDataPath, "grains"));
            silo.AddFileReminderTable(_ => { });
            silo.Services.AddOptions<FileReminderTableOptions>()
                .Configure<IOptions<EstateCommonsOptions>>((reminders, app) => reminders.RootDirectory = Path.Combine(app.Value.FullDataPath, "reminders"));
        });
        return builder;
    }

    // Chosen when the silo starts, from the settings as they are then (see the endpoint options above).
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
