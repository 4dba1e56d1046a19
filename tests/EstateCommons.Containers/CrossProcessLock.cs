namespace EstateCommons.Containers;

/// <summary>A lock held across processes on this machine: an exclusively opened file in the temp directory.</summary>
internal sealed class CrossProcessLock : IAsyncDisposable
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(250);

    private readonly FileStream _file;

    private CrossProcessLock(FileStream file) => _file = file;

    public static async Task<CrossProcessLock> Acquire(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), name + ".lock");
        while (true)
        {
            try
            {
                return new CrossProcessLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                // Held by another process, which releases it when done or when it exits, however it exits.
                await Task.Delay(RetryEvery);
            }
        }
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
