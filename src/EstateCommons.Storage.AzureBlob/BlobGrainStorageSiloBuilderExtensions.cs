using Orleans.Hosting;
using Orleans.Providers;

namespace EstateCommons.Storage.AzureBlob;

/// <summary>Registers <see cref="BlobGrainStorage"/> with an Orleans silo.</summary>
public static class BlobGrainStorageSiloBuilderExtensions
{
    /// <summary>Uses blob storage for grains that name no storage provider.</summary>
    public static ISiloBuilder AddBlobGrainStorageAsDefault(this ISiloBuilder builder, Action<BlobGrainStorageOptions> configureOptions) =>
        builder.AddBlobGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configureOptions);

    /// <summary>Adds blob storage under <paramref name="name"/>, for grains that ask for it by name.</summary>
    public static ISiloBuilder AddBlobGrainStorage(this ISiloBuilder builder, string name, Action<BlobGrainStorageOptions> configureOptions) =>
        NamedGrainStorage.Add(builder, name, configureOptions, static (providerName, options) => new BlobGrainStorage(providerName, options));
}
