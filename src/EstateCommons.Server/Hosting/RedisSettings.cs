using StackExchange.Redis;

namespace EstateCommons.Server.Hosting;

/// <summary>The Redis a cluster shares: settings under "EstateCommons:Redis".</summary>
public sealed class RedisSettings
{
    /// <summary>A StackExchange.Redis configuration string, such as <c>redis:6379</c> or Azure Cache for Redis' <c>host:6380,password=…,ssl=True</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Client options from the connection string. A silo keeps retrying rather than failing when Redis is briefly
    /// unreachable at start-up, as it is while a cluster comes up together.
    /// </summary>
    public ConfigurationOptions ClientOptions()
    {
        var options = ConfigurationOptions.Parse(ConnectionString ?? throw new InvalidOperationException(ClusterRequirements.NeedsRedis));
        options.AbortOnConnectFail = false;
        return options;
    }
}
