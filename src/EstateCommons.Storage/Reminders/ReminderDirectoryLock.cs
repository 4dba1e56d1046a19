namespace EstateCommons.Storage.Reminders;

// Claims a reminder directory for one table. Each table answers from its own index and would never see another's
// writes, so a second silo or server on the same directory is refused when it starts instead of silently losing
// reminders. The claim is an exclusive open of a lock file (flock on Unix), which the kernel releases when the
// process dies, so a crash or kill -9 leaves nothing to clean up before the next start.
internal sealed class ReminderDirectoryLock : IDisposable
{
    public const string FileName = ".lock";

    private readonly FileStream _lockFile;

    private ReminderDirectoryLock(FileStream lockFile) => _lockFile = lockFile;

    public static ReminderDirectoryLock Acquire(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Join(directory, FileName);
        try
        {
            return new ReminderDirectoryLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException exception) when (exception is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IOException(
                $"Reminder directory '{directory}' is in use by another reminder table (another silo or server on the same data directory).",
                exception);
        }
    }

    public void Dispose() => _lockFile.Dispose();
}
