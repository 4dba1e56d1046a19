using System.Collections.Concurrent;

namespace EstateCommons.Storage;

// fsync blocks its thread for milliseconds. Run on the thread pool (where Orleans runs grains), a few
// dozen concurrent writers would starve it: the pool grows only slowly for threads blocked in system
// calls. These dedicated threads absorb the blocking instead, and completions resume asynchronously so
// grain code never runs on them.
internal sealed class DiskThreads : IDisposable
{
    private readonly BlockingCollection<Action> _queue = new(new ConcurrentQueue<Action>());
    private readonly Thread[] _threads;
    private int _disposed;

    public DiskThreads(int threadCount, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threadCount, 1);
        _threads = new Thread[threadCount];
        for (var i = 0; i < threadCount; i++)
        {
            _threads[i] = new Thread(Drain) { IsBackground = true, Name = $"{name} disk {i}" };
            _threads[i].Start();
        }
    }

    public Task Run(Action work)
    {
        ObjectDisposedException.ThrowIf(_disposed == 1, this);
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            _queue.Add(() =>
            {
                try
                {
                    work();
                    completion.SetResult();
                }
                catch (Exception exception)
                {
                    completion.SetException(exception);
                }
            });
        }
        catch (InvalidOperationException)
        {
            // Dispose completed the queue between the check above and this Add.
            throw new ObjectDisposedException(nameof(DiskThreads));
        }
        return completion.Task;
    }

    // Queued work is finished rather than dropped, so writers already waiting get a real outcome. The
    // container may dispose the provider once per registration it is reachable through, hence the guard.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _queue.CompleteAdding();
        foreach (var thread in _threads) thread.Join();
        _queue.Dispose();
    }

    private void Drain()
    {
        foreach (var work in _queue.GetConsumingEnumerable()) work();
    }
}
