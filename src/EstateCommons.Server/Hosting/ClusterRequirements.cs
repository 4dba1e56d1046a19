namespace EstateCommons.Server.Hosting;

/// <summary>What Cluster mode needs besides itself; checked at start-up so a silo never joins half configured.</summary>
public static class ClusterRequirements
{
    private const string Section = EstateCommonsOptions.Section;

    public const string NeedsRedis =
        $"{Section}:Redis:ConnectionString is required when {Section}:Hosting:Mode is Cluster (membership, reminders and signing keys live in Redis).";

    public const string NeedsBlobStorage =
        $"{Section}:Storage:Provider must be AzureBlob when {Section}:Hosting:Mode is Cluster (every silo reads the same grain state and documents).";

    public static bool HasRedis(EstateCommonsOptions options) =>
        options.Hosting.Mode != HostingMode.Cluster || !string.IsNullOrWhiteSpace(options.Redis.ConnectionString);

    public static bool HasBlobStorage(EstateCommonsOptions options) =>
        options.Hosting.Mode != HostingMode.Cluster || options.Storage.Provider == StorageProvider.AzureBlob;
}
