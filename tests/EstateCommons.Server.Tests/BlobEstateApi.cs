using Azure.Storage.Blobs;
using EstateCommons.Containers;
using Microsoft.AspNetCore.Hosting;

namespace EstateCommons.Server.Tests;

/// <summary>
/// The server configured for Azure Blob Storage (grain state and documents in one container), on an Azurite
/// container of its own built from infra/azurite.
/// </summary>
public sealed class BlobEstateApi : EstateApi
{
    private AzuriteContainer? _azurite;

    public string ContainerName { get; } = $"ec-{Guid.NewGuid():N}";

    public BlobContainerClient Blobs => new(Azurite.BlobConnectionString, ContainerName);

    private AzuriteContainer Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    public override async Task InitializeAsync()
    {
        _azurite = await AzuriteContainer.Start();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_azurite is not null) await _azurite.DisposeAsync();
    }

    protected override void AddSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("EstateCommons:Storage:Provider", "AzureBlob");
        builder.UseSetting("EstateCommons:Storage:AzureBlob:ConnectionString", Azurite.BlobConnectionString);
        builder.UseSetting("EstateCommons:Storage:AzureBlob:Container", ContainerName);
    }
}

[CollectionDefinition(Name)]
public sealed class BlobApiCollection : ICollectionFixture<BlobEstateApi>
{
    public const string Name = "blob storage api";
}
