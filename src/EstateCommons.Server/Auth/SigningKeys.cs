using EstateCommons.Server.Hosting;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EstateCommons.Server.Auth;

/// <summary>
/// Where the Data Protection keys that sign bearer tokens are kept: files in the data directory for one silo, Redis
/// for a cluster, so a token issued by any silo is accepted by every other.
/// </summary>
public static class SigningKeys
{
    private static readonly RedisKey ClusterKey = "estatecommons:data-protection-keys";

    public static IServiceCollection AddEstateCommonsSigningKeys(this IServiceCollection services)
    {
        services.AddSingleton<IConnectionMultiplexer>(provider =>
            ConnectionMultiplexer.Connect(provider.GetRequiredService<IOptions<EstateCommonsOptions>>().Value.Redis.ClientOptions()));
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<EstateCommonsOptions>, IServiceProvider>((keys, app, provider) =>
            keys.XmlRepository = app.Value.Hosting.Mode == HostingMode.Cluster
                ? new RedisXmlRepository(() => provider.GetRequiredService<IConnectionMultiplexer>().GetDatabase(), ClusterKey)
                : new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(app.Value.FullDataPath, "keys")), NullLoggerFactory.Instance));
        return services;
    }
}
