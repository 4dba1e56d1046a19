using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Orleans.Clustering.Redis;
using Orleans.Configuration;

namespace EstateCommons.Server.Hosting;

/// <summary>
/// One silo of a cluster: membership and reminders in Redis, so silos find each other and a reminder fires on
/// whichever silo is alive; grain state is in Blob Storage (checked at start-up), so any silo can activate any grain.
/// </summary>
public static class ClusterSilo
{
    public const string MembershipSection = $"{EstateCommonsOptions.Section}:Orleans:Membership";

    public static ISiloBuilder UseClusterProfile(this ISiloBuilder silo, HostingOptions hosting)
    {
        silo.UseRedisClustering(_ => { });
        silo.Services.AddOptions<RedisClusteringOptions>()
            .Configure<IOptions<EstateCommonsOptions>>((redis, app) => redis.ConfigurationOptions = app.Value.Redis.ClientOptions());
        silo.UseRedisReminderService(_ => { });
        silo.Services.AddOptions<RedisReminderTableOptions>()
            .Configure<IOptions<EstateCommonsOptions>>((redis, app) => redis.ConfigurationOptions = app.Value.Redis.ClientOptions());
        // How fast a lost silo is noticed (ProbeTimeout, NumMissedProbesLimit, …) can be tightened from configuration.
        silo.Services.AddOptions<ClusterMembershipOptions>().BindConfiguration(MembershipSection);
        silo.Services.AddOptions<EndpointOptions>().Configure<IOptions<EstateCommonsOptions>>((endpoint, app) =>
        {
            var ports = app.Value.Orleans;
            endpoint.SiloPort = ports.SiloPort;
            endpoint.GatewayPort = ports.GatewayPort;
            // Listen everywhere (a container's own address is not known in advance); tell the others one address.
            endpoint.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, ports.SiloPort);
            endpoint.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Any, ports.GatewayPort);
            if (!hosting.Kubernetes) endpoint.AdvertisedIPAddress = AdvertisedAddress(ports.AdvertisedAddress);
        });
        // The pod's name, IP and cluster labels, and removal of pods that are gone, come from Kubernetes itself.
        if (hosting.Kubernetes) silo.UseKubernetesHosting();
        return silo;
    }

    private static IPAddress AdvertisedAddress(string? configured) =>
        !string.IsNullOrWhiteSpace(configured) ? IPAddress.Parse(configured) : FirstNonLoopbackIPv4() ?? IPAddress.Loopback;

    private static IPAddress? FirstNonLoopbackIPv4() => NetworkInterface.GetAllNetworkInterfaces()
        .Where(nic => nic.OperationalStatus == OperationalStatus.Up && nic.NetworkInterfaceType != NetworkInterfaceType.Loopback)
        .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
        .Select(unicast => unicast.Address)
        .FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address));
}
