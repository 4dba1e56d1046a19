using System.Net.Sockets;
using System.Text;

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

    private static async Task<string> Command(NetworkStream stream, string command)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
        var reply = new byte[256];
        var read = await stream.ReadAsync(reply);
        return Encoding.ASCII.GetString(reply, 0, read).TrimEnd();
    }
}
