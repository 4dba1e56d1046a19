using System.Runtime.InteropServices;

namespace EstateCommons.Storage;

// Flushes made through a directory's descriptor, which .NET cannot open, hence the direct libc calls.
// Flush: a rename or delete is a change to the directory, not the file; until the directory itself is fsynced,
// power loss can undo it. Windows is skipped: NTFS logs the rename in its own journal and offers no
// handle-based directory flush through these APIs.
// FlushFileSystem: syncfs(2) writes every dirty page and inode of the directory's file system and flushes the
// device once — one call that makes a whole batch of writes durable (Linux only).
internal static class DirectoryFlusher
{
    private const int ReadOnly = 0;

    public static bool CanFlushFileSystem => OperatingSystem.IsLinux();

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows()) return;
        Call(directory, "fsync", Fsync);
    }

    /// <summary>Makes everything written to the file system holding <paramref name="directory"/> durable.</summary>
    public static void FlushFileSystem(string directory) => Call(directory, "syncfs", SyncFs);

    private static void Call(string directory, string name, Func<int, int> call)
    {
        var descriptor = Open(directory, ReadOnly);
        if (descriptor < 0) throw Failure("open", directory);
        try
        {
            if (call(descriptor) != 0) throw Failure(name, directory);
        }
        finally
        {
            Close(descriptor);
        }
    }

    private static IOException Failure(string call, string directory) =>
        new($"{call} failed for directory '{directory}' (errno {Marshal.GetLastPInvokeError()}).");

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static extern int SyncFs(int descriptor);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int descriptor);
}
