using EstateCommons.Containers;

namespace EstateCommons.Cluster.Tests;

/// <summary>
/// Redis and Azurite in containers, and three server processes in Cluster mode on loopback, each with its own HTTP,
/// silo and gateway ports and its own (unused) data directory, sharing membership, reminders, signing keys and grain state.
/// </summary>
public sealed class ThreeSiloCluster : IAsyncDisposable
{
    public const string AdminEmail = "admin@cluster.test";
    public const string AdminPassword = "admin-password-1";

    private readonly RedisContainer _redis;
    private readonly AzuriteContainer _azurite;
    private readonly string _dataRoot;

    private ThreeSiloCluster(RedisContainer redis, AzuriteContainer azurite, string dataRoot, IReadOnlyList<ServerProcess> silos)
    {
        _redis = redis;
        _azurite = azurite;
        _dataRoot = dataRoot;
        Silos = silos;
    }

    public IReadOnlyList<ServerProcess> Silos { get; }

    /// <summary>
    /// Failure detection tightened as the Cluster profile allows (EstateCommons:Orleans:Membership), so a killed silo is
    /// declared dead within seconds rather than Orleans' default of about half a minute.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> FastFailureDetection = new Dictionary<string, string>
    {
        ["EstateCommons:Orleans:Membership:ProbeTimeout"] = "00:00:02",
        ["EstateCommons:Orleans:Membership:NumMissedProbesLimit"] = "2",
        ["EstateCommons:Orleans:Membership:TableRefreshTimeout"] = "00:00:05",
    };

    public static async Task<ThreeSiloCluster> Start()
    {
        var redisStarting = RedisContainer.Start();
        var azuriteStarting = AzuriteContainer.Start();
        var redis = await redisStarting;
        var azurite = await azuriteStarting;
        var dataRoot = Directory.CreateTempSubdirectory("ec-cluster-").FullName;
        var settings = new Dictionary<string, string>(FastFailureDetection)
        {
            ["EstateCommons:Hosting:Mode"] = "Cluster",
            ["EstateCommons:Redis:ConnectionString"] = redis.ConnectionString,
            ["EstateCommons:Storage:Provider"] = "AzureBlob",
            ["EstateCommons:Storage:AzureBlob:ConnectionString"] = azurite.BlobConnectionString,
            ["EstateCommons:Orleans:AdvertisedAddress"] = "127.0.0.1",
            ["EstateCommons:Bootstrap:AdminEmail"] = AdminEmail,
            ["EstateCommons:Bootstrap:AdminPassword"] = AdminPassword,
        };
        var starting = Enumerable.Range(1, 3).Select(n => ServerProcess.Start(Path.Combine(dataRoot, $"silo-{n}"), settings)).ToList();
        try
        {
            return new ThreeSiloCluster(redis, azurite, dataRoot, await Task.WhenAll(starting));
        }
        catch
        {
            foreach (var silo in starting.Where(s => s.IsCompletedSuccessfully)) await silo.Result.DisposeAsync();
            await redis.DisposeAsync();
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos) await silo.DisposeAsync();
        await _redis.DisposeAsync();
        await _azurite.DisposeAsync();
        Directory.Delete(_dataRoot, recursive: true);
    }
}
