using EstateCommons.Grains;
using EstateCommons.Storage;
using EstateCommons.Storage.Reminders;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace EstateCommons.Server.Hosting;

public static class SiloHosting
{
    /// <summary>
    /// The embedded default: one silo in this process, localhost clustering, and grain state and reminders in
    /// files under the data directory. Nothing else needs to run.
    /// </summary>
    public static WebApplicationBuilder AddEstateCommonsSilo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EstateCommonsOptions>().BindConfiguration(EstateCommonsOptions.Section);
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
            silo.AddFileGrainStorage(StorageNames.Estate, _ => { });
            silo.Services.AddOptions<FileGrainStorageOptions>(StorageNames.Estate)
                .BindConfiguration($"{EstateCommonsOptions.Section}:FileStorage")
                .Configure<IOptions<EstateCommonsOptions>>((storage, app) => storage.RootDirectory = Path.Combine(app.Value.FullDataPath, "grains"));
            silo.AddFileReminderTable(_ => { });
            silo.Services.AddOptions<FileReminderTableOptions>()
                .Configure<IOptions<EstateCommonsOptions>>((reminders, app) => reminders.RootDirectory = Path.Combine(app.Value.FullDataPath, "reminders"));
        });
        return builder;
    }
}
