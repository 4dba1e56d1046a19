namespace EstateCommons.Containers;

/// <summary>The repository checkout the tests run from: the folder holding EstateCommons.sln, above the test output.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "EstateCommons.sln";

    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFile))) return directory.FullName;
        }
        throw new InvalidOperationException($"Cannot find {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
