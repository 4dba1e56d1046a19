using DotNet.Testcontainers.Containers;

namespace EstateCommons.Containers;

/// <summary>
/// Redis in a container built from <c>infra/redis/Dockerfile</c>, published on loopback, empty at start and kept
/// nowhere. Dispose it to remove the container.
/// </summary>
public sealed class RedisContainer : IAsyncDisposable
{
    private const int RedisPort = 6379;

    private readonly IContainer _container;

    private RedisContainer(IContainer container, int port)
    {
        _container = container;
        Port = port;
    }

    /// <summary>Docker's id for the container.</summary>
    public string ContainerId => _container.Id;

    public string Host => LoopbackContainer.Host;

    public int Port { get; }

    /// <summary>In the form Redis clients take, <c>host:port</c>.</summary>
    public string ConnectionString => $"{Host}:{Port}";

    public static async Task<RedisContainer> Start()
    {
        var image = await DockerfileImage.Build("redis");
        var (container, port) = await LoopbackContainer.Start(image, RedisPort, "Ready to accept connections");
        return new RedisContainer(container, port);
    }

    public ValueTask DisposeAsync() => _container.DisposeAsync();
}
