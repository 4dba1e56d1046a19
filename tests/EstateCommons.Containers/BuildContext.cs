using System.Security.Cryptography;
using System.Text;

namespace EstateCommons.Containers;

/// <summary>
/// A Dockerfile's folder copied to a temporary directory with any files the build needs from the host, and the
/// SHA-256 of everything in it (names and contents), which changes exactly when the built image would.
/// </summary>
internal sealed class BuildContext : IDisposable
{
    private BuildContext(string directory, string hash)
    {
        Directory = directory;
        Hash = hash;
    }

    public string Directory { get; }

    public string Hash { get; }

    public static BuildContext Stage(string source, IReadOnlyDictionary<string, string> extraFiles)
    {
        if (!File.Exists(Path.Combine(source, "Dockerfile"))) throw new FileNotFoundException($"No Dockerfile in {source}.");
        var directory = System.IO.Directory.CreateTempSubdirectory("estatecommons-build-").FullName;
        try
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                Copy(file, Path.Combine(directory, Path.GetRelativePath(source, file)));
            }
            foreach (var (name, hostFile) in extraFiles) Copy(hostFile, Path.Combine(directory, name));
            return new BuildContext(directory, HashOf(directory));
        }
        catch
        {
            System.IO.Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static void Copy(string from, string to)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }

    private static string HashOf(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/'));
            var content = File.ReadAllBytes(file);
            hash.AppendData(BitConverter.GetBytes(name.Length));
            hash.AppendData(name);
            hash.AppendData(BitConverter.GetBytes(content.LongLength));
            hash.AppendData(content);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
