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

    [Fact]
    public async Task Cluster_mode_without_redis_stops_the_server_at_start_up_naming_the_setting()
    {
        await using var server = new ClusterWith(("EstateCommons:Storage:Provider", "AzureBlob"), ("EstateCommons:Storage:AzureBlob:ConnectionString", "UseDevelopmentStorage=true"));

        var failure = Assert.ThrowsAny<Exception>(() => server.Server);

        Assert.Contains("EstateCommons:Redis:ConnectionString is required when EstateCommons:Hosting:Mode is Cluster", failure.ToString());
    }

    [Fact]
    public async Task Cluster_mode_on_file_storage_stops_the_server_at_start_up_naming_the_setting()
    {
        await using var server = new ClusterWith(("EstateCommons:Redis:ConnectionString", "127.0.0.1:1"));

        var failure = Assert.ThrowsAny<Exception>(() => server.Server);

        Assert.Contains("EstateCommons:Storage:Provider must be AzureBlob when EstateCommons:Hosting:Mode is Cluster", failure.ToString());
    }

    private sealed class ClusterWith(params (string Key, string Value)[] settings) : EstateApi
    {
        protected override void AddSettings(IWebHostBuilder builder)
        {
            builder.UseSetting("EstateCommons:Hosting:Mode", "Cluster");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }

    private sealed class BlobStorageWithoutAccount : EstateApi
    {
        protected override void AddSettings(IWebHostBuilder builder) => builder.UseSetting("EstateCommons:Storage:Provider", "AzureBlob");
    }
}
