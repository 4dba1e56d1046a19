using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace EstateCommons.Storage;

/// <summary>Registers a grain storage under a name, with options of its own under the same name.</summary>
public static class NamedGrainStorage
{
    /// <param name="create">Makes the storage from its name and its options, once the silo's services are built.</param>
    public static ISiloBuilder Add<TOptions>(ISiloBuilder builder, string name, Action<TOptions> configureOptions, Func<string, TOptions, IGrainStorage> create)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configureOptions);
        builder.Services.AddOptions<TOptions>(name).Configure(configureOptions);
        builder.Services.AddGrainStorage(name, (services, providerName) =>
            create(providerName, services.GetRequiredService<IOptionsMonitor<TOptions>>().Get(providerName)));
        return builder;
    }
}
