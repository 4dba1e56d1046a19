using System.Net.Sockets;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Configurations;

namespace EstateCommons.Containers.Tests;

public sealed class RedisContainerTests
{
    [Fact]
    public async Task Redis_built_from_the_repositorys_dockerfile_answers_on_loopback_and_starts_empty()
    {
        await using var redis = await RedisContainer.Start();

        using var connection = new TcpClient();
        await connection.ConnectAsync(redis.Host, redis.Port);
        var stream = connection.GetStream();

        Assert.Equal("127.0.0.1", redis.Host);
        Assert.Equal($"127.0.0.1:{redis.Port}", redis.ConnectionString);
        Assert.Equal("+PONG", await Command(stream, "PING"));
        Assert.Equal(":0", await Command(stream, "DBSIZE"));
    }

    [Fact]
    public async Task A_disposed_container_is_gone_not_just_stopped()
    {
        var redis = await RedisContainer.Start();
        var id = redis.ContainerId;

        await redis.DisposeAsync();

        // The engine removes a stopped container on its own, a moment after the stop.
        using var docker = new DockerClientBuilder().WithEndpoint(TestcontainersSettings.OS.DockerEndpointAuthConfig!.Endpoint).Build();
        var listAll = new ContainersListParameters { All = true };
        var containers = await docker.Containers.ListContainersAsync(listAll);
        for (var attempt = 0; attempt < 50 && containers.Any(container => container.ID == id); attempt++)
        {
            await Task.Delay(200);
            containers = await docker.Containers.ListContainersAsync(listAll);
        }
        Assert.DoesNotContain(containers, container => container.ID == id);
    }

    private static async Task<string> Command(NetworkStream stream, string command)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
        var reply = new byte[256];
        var read = await stream.ReadAsync(reply);
        return Encoding.ASCII.GetString(reply, 0, read).TrimEnd();
    }
}
