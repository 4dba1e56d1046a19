using Orleans.Hosting;
using Orleans.Providers;

namespace EstateCommons.Storage;

/// <summary>Registers <see cref="FileGrainStorage"/> with an Orleans silo.</summary>
public static class FileGrainStorageSiloBuilderExtensions
{
    /// <summary>Uses file storage for grains that name no storage provider.</summary>
    public static ISiloBuilder AddFileGrainStorageAsDefault(this ISiloBuilder builder, Action<FileGrainStorageOptions> configureOptions) =>
        builder.AddFileGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configureOptions);

    /// <summary>Adds file storage under <paramref name="name"/>, for grains that ask for it by name.</summary>
    public static ISiloBuilder AddFileGrainStorage(this ISiloBuilder builder, string name, Action<FileGrainStorageOptions> configureOptions) =>
        NamedGrainStorage.Add(builder, name, configureOptions, static (providerName, options) => new FileGrainStorage(providerName, options));
}
