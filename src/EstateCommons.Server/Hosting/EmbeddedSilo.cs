using EstateCommons.Storage.Reminders;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace EstateCommons.Server.Hosting;

/// <summary>The embedded default: one silo, localhost clustering, reminders in files under the data directory.</summary>
public static class EmbeddedSilo
{
    public static ISiloBuilder UseEmbeddedProfile(this ISiloBuilder silo)
    {
        silo.UseLocalhostClustering();
        // Read when the silo starts rather than now, so hosts (and tests) can set ports and paths late.
        silo.Services.AddOptions<EndpointOptions>().Configure<IOptions<EstateCommonsOptions>>((endpoint, app) =>
        {
            endpoint.SiloPort = app.Value.Orleans.SiloPort;
            endpoint.GatewayPort = app.Value.Orleans.GatewayPort;
        });
        silo.AddFileReminderTable(_ => { });
        silo.Services.AddOptions<FileReminderTableOptions>()
            .Configure<IOptions<EstateCommonsOptions>>((reminders, app) => reminders.RootDirectory = Path.Combine(app.Value.FullDataPath, "reminders"));
        return silo;
    }
}
