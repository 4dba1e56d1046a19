using EstateCommons.Storage.AzureBlob;
using Orleans.Hosting;

namespace EstateCommons.Storage.Tests.AzureBlob;

[Collection(Azurite.Collection)]
public sealed class BlobGrainStorageSiloTests(Azurite azurite) : GrainStorageSiloContract
{
    private readonly string _containerName = azurite.NewContainer().Name;

    protected override void AddDefaultStorage(ISiloBuilder silo) => silo.AddBlobGrainStorageAsDefault(options =>
    {
        options.ConnectionString = azurite.ConnectionString;
        options.ContainerName = _containerName;
    });
}
