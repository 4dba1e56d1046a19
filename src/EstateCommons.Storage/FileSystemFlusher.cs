using System.Runtime.InteropServices;

namespace EstateCommons.Storage;

// syncfs(2) writes every dirty page and inode of one file system to disk and flushes the device once: one call
// that makes a whole batch of writes durable, where fsync per file costs a device flush per file. Linux only;
// .NET has no wrapper for it, hence the direct libc calls.
internal static class FileSystemFlusher
{
    private const int ReadOnly = 0;

    public static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>Makes everything written to the file system holding <paramref name="directory"/> durable.</summary>
    public static void Flush(string directory)
    {
        var descriptor = Open(directory, ReadOnly);
        if (descriptor < 0) throw Failure("open", directory);
        try
        {
            if (SyncFs(descriptor) != 0) throw Failure("syncfs", directory);
        }
        finally
        {
            Close(descriptor);
        }
    }

    private static IOException Failure(string call, string directory) =>
        new($"{call} failed for the file system of '{directory}' (errno {Marshal.GetLastPInvokeError()}).");

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static extern int SyncFs(int descriptor);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int descriptor);
}
