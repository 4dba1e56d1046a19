using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Runtime.Hosting;

namespace EstateCommons.Storage;

/// <summary>Registers <see cref="FileGrainStorage"/> with an Orleans silo.</summary>
public static class FileGrainStorageSiloBuilderExtensions
{
    /// <summary>Uses file storage for grains that name no storage provider.</summary>
    public static ISiloBuilder AddFileGrainStorageAsDefault(this ISiloBuilder builder, Action<FileGrainStorageOptions> configureOptions) =>
        builder.AddFileGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configureOptions);

    /// <summary>Adds file storage under <paramref name="name"/>, for grains that ask for it by name.</summary>
    public static ISiloBuilder AddFileGrainStorage(this ISiloBuilder builder, string name, Action<FileGrainStorageOptions> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configureOptions);
        builder.Services.AddOptions<FileGrainStorageOptions>(name).Configure(configureOptions);
        builder.Services.AddGrainStorage(name, static (services, providerName) =>
            new FileGrainStorage(providerName, services.GetRequiredService<IOptionsMonitor<FileGrainStorageOptions>>().Get(providerName)));
        return builder;
    }
}
