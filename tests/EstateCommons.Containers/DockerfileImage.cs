using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Images;

namespace EstateCommons.Containers;

/// <summary>
/// An image built from one of the repository's Dockerfiles (<c>infra/&lt;name&gt;/</c>), tagged with a hash of its
/// whole build context, so it is built once and then found by tag until the Dockerfile or its files change.
/// </summary>
public static class DockerfileImage
{
    private const string Repository = "estatecommons";

    private static readonly SemaphoreSlim BuildsInThisProcess = new(1, 1);

    /// <summary>
    /// Builds <c>infra/&lt;name&gt;/</c> unless an image with its context's hash is already there, and returns its tag.
    /// </summary>
    /// <param name="name">The folder under <c>infra/</c>.</param>
    /// <param name="extraFiles">Files from the host to add to the build context, by the name the Dockerfile copies.</param>
    public static async Task<string> Build(string name, IReadOnlyDictionary<string, string>? extraFiles = null)
    {
        await DockerEngine.EnsureAnswering();
        using var context = BuildContext.Stage(Path.Combine(RepositoryRoot.Path, "infra", name), extraFiles ?? new Dictionary<string, string>());
        var tag = $"{Repository}/{name}:{context.Hash[..16]}";
        // Test projects run in parallel processes, and each could start the same long build; one at a time, and a
        // build that finds the tag already there does nothing.
        await BuildsInThisProcess.WaitAsync();
        try
        {
            await using var _ = await CrossProcessLock.Acquire($"estatecommons-image-{name}");
            await new ImageFromDockerfileBuilder()
                .WithName(tag)
                .WithDockerfileDirectory(context.Directory)
                .WithDockerfile("Dockerfile")
                .WithImageBuildPolicy(PullPolicy.Missing)
                .WithDeleteIfExists(false)
                .WithCleanUp(false)
                .Build()
                .CreateAsync();
        }
        finally
        {
            BuildsInThisProcess.Release();
        }
        return tag;
    }
}
