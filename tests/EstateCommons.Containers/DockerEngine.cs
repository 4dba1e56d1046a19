using Docker.DotNet;
using DotNet.Testcontainers.Configurations;

namespace EstateCommons.Containers;

/// <summary>The Docker engine the container fixtures use, checked once before the first image or container.</summary>
public static class DockerEngine
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(10);

    private static readonly Lazy<Task> Answering = new(() =>
    {
        // Testcontainers' reaper runs from an image pulled from a registry, which these machines cannot reach; the
        // fixtures remove their own containers instead.
        TestcontainersSettings.ResourceReaperEnabled = false;
        return EnsureAnswering(TestcontainersSettings.OS.DockerEndpointAuthConfig?.Endpoint);
    });

    /// <summary>Fails at once, saying what to do, when no Docker engine answers; the tests need one and never skip.</summary>
    public static Task EnsureAnswering() => Answering.Value;

    /// <summary>Fails at once, saying what to do, when no Docker engine answers at <paramref name="endpoint"/>.</summary>
    /// <exception cref="DockerEngineUnavailableException">Nothing answered there, or no endpoint was found at all.</exception>
    public static async Task EnsureAnswering(Uri? endpoint)
    {
        if (endpoint is null)
        {
            throw new DockerEngineUnavailableException(
                "Testcontainers found no Docker engine that answers (it tries DOCKER_HOST, then /var/run/docker.sock)", null);
        }
        try
        {
            using var client = new DockerClientBuilder().WithEndpoint(endpoint).Build();
            using var timeout = new CancellationTokenSource(PingTimeout);
            await client.System.PingAsync(timeout.Token);
        }
        catch (Exception exception)
        {
            throw new DockerEngineUnavailableException($"the Docker engine at {endpoint} did not answer ({exception.Message})", exception);
        }
    }
}
