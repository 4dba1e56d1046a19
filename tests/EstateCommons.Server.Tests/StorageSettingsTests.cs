using Microsoft.AspNetCore.Hosting;

namespace EstateCommons.Server.Tests;

public sealed class StorageSettingsTests
{
    [Fact]
    public async Task Blob_storage_without_a_connection_string_stops_the_server_at_start_up_naming_the_setting()
    {
        await using var server = new BlobStorageWithoutAccount();

        var failure = Assert.ThrowsAny<Exception>(() => server.Server);

        Assert.Contains("EstateCommons:Storage:AzureBlob:ConnectionString is required", failure.ToString());
    }

    private sealed class BlobStorageWithoutAccount : EstateApi
    {
        protected override void AddSettings(IWebHostBuilder builder) => builder.UseSetting("EstateCommons:Storage:Provider", "AzureBlob");
    }
}
