using Azure.Storage.Blobs;
using EstateCommons.Containers;

namespace EstateCommons.Storage.Tests.AzureBlob;

/// <summary>
/// One Azurite container for every blob test in this assembly; each test gets a container of its own that does not
/// exist yet, so tests never see each other's blobs and the stores' "create when missing" is exercised every time.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    public const string Collection = "azurite";

    private AzuriteContainer? _azurite;

    public string ConnectionString => (_azurite ?? throw new InvalidOperationException("Azurite has not started.")).BlobConnectionString;

    public BlobContainerClient NewContainer() => new(ConnectionString, $"test-{Guid.NewGuid():N}");

    public async Task InitializeAsync() => _azurite = await AzuriteContainer.Start();

    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
    }
}

[CollectionDefinition(Azurite.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>;
