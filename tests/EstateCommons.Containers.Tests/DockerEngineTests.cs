using System.Diagnostics;

namespace EstateCommons.Containers.Tests;

public sealed class DockerEngineTests
{
    [Fact]
    public async Task An_engine_that_does_not_answer_fails_at_once_saying_how_to_get_one()
    {
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<DockerEngineUnavailableException>(
            () => DockerEngine.EnsureAnswering(new Uri($"unix:///tmp/{Guid.NewGuid():N}/docker.sock")));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
        Assert.Contains("tests/run.sh", failure.Message);
        Assert.Contains("did not answer", failure.Message);
    }

    [Fact]
    public async Task No_engine_found_at_all_fails_saying_how_to_get_one()
    {
        var failure = await Assert.ThrowsAsync<DockerEngineUnavailableException>(() => DockerEngine.EnsureAnswering(null));

        Assert.Contains("tests/run.sh", failure.Message);
        Assert.Contains("DOCKER_API_VERSION", failure.Message);
    }
}
