namespace EstateCommons.Containers.Tests;

public sealed class BuildContextTests : IDisposable
{
    private readonly DirectoryInfo _source = Directory.CreateTempSubdirectory("estatecommons-context-test-");

    public void Dispose() => _source.Delete(recursive: true);

    [Fact]
    public void The_same_files_give_the_same_tag_so_a_built_image_is_found_again()
    {
        File.WriteAllText(Path.Combine(_source.FullName, "Dockerfile"), "FROM debian:bookworm-slim\n");

        using var first = BuildContext.Stage(_source.FullName, new Dictionary<string, string>());
        using var second = BuildContext.Stage(_source.FullName, new Dictionary<string, string>());

        Assert.Equal(first.Hash, second.Hash);
        Assert.NotEqual(first.Directory, second.Directory);
    }

    [Fact]
    public void A_changed_dockerfile_or_an_added_host_file_gives_a_new_tag()
    {
        var dockerfile = Path.Combine(_source.FullName, "Dockerfile");
        var hostFile = Path.Combine(_source.FullName, "..", $"{_source.Name}.crt");
        File.WriteAllText(dockerfile, "FROM debian:bookworm-slim\n");
        File.WriteAllText(hostFile, "certificate");
        try
        {
            using var original = BuildContext.Stage(_source.FullName, new Dictionary<string, string>());
            using var withHostFile = BuildContext.Stage(_source.FullName, new Dictionary<string, string> { ["ca-certificates.crt"] = hostFile });
            File.AppendAllText(dockerfile, "RUN true\n");
            using var changed = BuildContext.Stage(_source.FullName, new Dictionary<string, string>());

            Assert.Equal("certificate", File.ReadAllText(Path.Combine(withHostFile.Directory, "ca-certificates.crt")));
            Assert.Equal(3, new[] { original.Hash, withHostFile.Hash, changed.Hash }.Distinct().Count());
        }
        finally
        {
            File.Delete(hostFile);
        }
    }

    [Fact]
    public void A_staged_context_is_removed_when_done_with()
    {
        File.WriteAllText(Path.Combine(_source.FullName, "Dockerfile"), "FROM debian:bookworm-slim\n");

        var context = BuildContext.Stage(_source.FullName, new Dictionary<string, string>());
        context.Dispose();

        Assert.False(Directory.Exists(context.Directory));
    }
}
