using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace EstateCommons.Containers;

/// <summary>
/// Starts a container from a built image with one port published on the host's loopback address only, on a port
/// the engine picks, and waits until the service says it is ready.
/// </summary>
internal static class LoopbackContainer
{
    public const string Host = "127.0.0.1";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    public static async Task<(IContainer Container, int HostPort)> Start(string image, int port, string readyMessage)
    {
        await DockerEngine.EnsureAnswering();
        var container = new ContainerBuilder(image)
            .WithPortBinding(port, assignRandomHostPort: true)
            .WithCreateParameterModifier(parameters => PublishOnLoopback(parameters, port))
            .WithWaitStrategy(Wait.ForUnixContainer().UntilMessageIsLogged(readyMessage, wait => wait.WithTimeout(StartTimeout)))
            // With the reaper off, disposing only stops a container; the engine removes it once stopped.
            .WithAutoRemove(true)
            .Build();
        try
        {
            await container.StartAsync();
            return (container, container.GetMappedPublicPort(port));
        }
        catch
        {
            await container.DisposeAsync();
            throw;
        }
    }

    // Whatever address the engine would publish on by default, these services are reachable from this machine only.
    private static void PublishOnLoopback(CreateContainerParameters parameters, int port)
    {
        parameters.HostConfig!.PortBindings[$"{port}/tcp"] = [new PortBinding { HostIP = Host, HostPort = "" }];
    }
}
