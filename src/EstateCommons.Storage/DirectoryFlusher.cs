using System.Runtime.InteropServices;

namespace EstateCommons.Storage;

// A rename or delete is a change to the directory, not the file: until the directory itself is
// fsynced, power loss can undo it and bring back the previous version. .NET cannot open a directory
// handle, hence the direct libc calls. Windows is skipped: NTFS logs the rename in its own journal and
// offers no handle-based directory flush through these APIs.
internal static class DirectoryFlusher
{
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows()) return;
        var descriptor = Open(directory, ReadOnly);
        if (descriptor < 0) throw Failure("open", directory);
        try
        {
            if (Fsync(descriptor) != 0) throw Failure("fsync", directory);
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

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int descriptor);
}
