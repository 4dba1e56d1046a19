namespace EstateCommons.Benchmarks.Harness;

/// <summary>Where the server's Release build sits, found from the repository root (the folder holding EstateCommons.sln).</summary>
public static class RepositoryLayout
{
    private const string SolutionFile = "EstateCommons.sln";

    public static string ServerDll()
    {
        var root = Root();
        var dll = Path.Combine(root, "src", "EstateCommons.Server", "bin", "Release", "net10.0", "EstateCommons.Server.dll");
        return File.Exists(dll)
            ? dll
            : throw new BenchmarkFailure($"No Release build of the server at {dll}. Run the benchmark with `dotnet run -c Release --project tests/<benchmark project>`, which builds it.");
    }

    private static string Root()
    {
        // The build output (bin/Release/...) and the working directory both sit inside the repository; try each.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile))) return directory.FullName;
            }
        }
        throw new BenchmarkFailure($"Cannot find {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
