namespace EstateCommons.Storage;

// Replaces a file so that readers see either the old or the new content, never a mix: the bytes go to
// a uniquely named temp file in the same directory (rename is only atomic within one file system),
// reach the disk via fsync, and only then are renamed over the target. A crash leaves at most a stray
// temp file, which readers never open because they only open the target name.
internal static class AtomicFile
{
    private const string TempSuffix = ".tmp";

    // A live write holds its temp file for milliseconds; anything this old was abandoned by a crash.
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);

    public static void Replace(string path, ReadOnlySpan<byte> contents, bool flushDirectory)
    {
        var tempPath = $"{path}.{Guid.NewGuid():N}{TempSuffix}";
        try
        {
            using (var stream = CreateTemp(tempPath, flushDirectory))
            {
                stream.Write(contents);
                stream.Flush(flushToDisk: true);
            }
            File.Move(tempPath, path, overwrite: true);
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
        if (flushDirectory) DirectoryFlusher.Flush(Path.GetDirectoryName(path)!);
    }

    /// <summary>
    /// Writes <paramref name="contents"/> to a new temp file beside <paramref name="path"/> without flushing it,
    /// for a <see cref="GroupCommitter"/> to make durable and rename; returns the temp file's path.
    /// </summary>
    public static string WriteTemp(string path, ReadOnlySpan<byte> contents)
    {
        var tempPath = $"{path}.{Guid.NewGuid():N}{TempSuffix}";
        try
        {
            // The batch's syncfs makes any directory created here durable too, so no directory flush is needed.
            using var stream = CreateTemp(tempPath, flushDirectory: false);
            stream.Write(contents);
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
        return tempPath;
    }

    public static void Delete(string path, bool flushDirectory)
    {
        File.Delete(path);
        if (flushDirectory) DirectoryFlusher.Flush(Path.GetDirectoryName(path)!);
    }

    /// <summary>Removes temp files that crashed writers left in the directory of <paramref name="path"/>.</summary>
    public static void DeleteAbandonedTempFiles(string path) => DeleteAbandonedTempFilesIn(Path.GetDirectoryName(path)!);

    /// <summary>Removes temp files that crashed writers left in <paramref name="directory"/>.</summary>
    public static void DeleteAbandonedTempFilesIn(string directory)
    {
        if (!Directory.Exists(directory)) return;
        try
        {
            var cutoff = DateTime.UtcNow - AbandonedAfter;
            foreach (var temp in Directory.EnumerateFiles(directory, "*" + TempSuffix))
            {
                if (File.GetLastWriteTimeUtc(temp) < cutoff) TryDelete(temp);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Clean-up is opportunistic; a record that cannot be tidied is still readable.
        }
    }

    // Creating the directory only when the first open fails saves a stat on every ordinary write. A new
    // grain directory (and perhaps its grain-type directory) is itself a directory entry that must be
    // made durable, so the two levels above it are flushed too; this happens once per grain.
    private static FileStream CreateTemp(string tempPath, bool flushDirectory)
    {
        try
        {
            return OpenNew(tempPath);
        }
        catch (DirectoryNotFoundException)
        {
            var grainDirectory = Path.GetDirectoryName(tempPath)!;
            Directory.CreateDirectory(grainDirectory);
            if (flushDirectory)
            {
                var typeDirectory = Path.GetDirectoryName(grainDirectory)!;
                DirectoryFlusher.Flush(typeDirectory);
                DirectoryFlusher.Flush(Path.GetDirectoryName(typeDirectory)!);
            }
            return OpenNew(tempPath);
        }
    }

    // BufferSize 0: the content arrives as one span, so a FileStream buffer would only add a copy.
    private static FileStream OpenNew(string path) =>
        new(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0 });

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: a stray temp file is harmless because readers never open it.
        }
    }
}
