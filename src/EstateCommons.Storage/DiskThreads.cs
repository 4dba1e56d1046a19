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
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
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
        return completion.Task;
    }

    // Queued work is finished rather than dropped, so writers already waiting get a real outcome.
    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads) thread.Join();
        _queue.Dispose();
    }

    private void Drain()
    {
        foreach (var work in _queue.GetConsumingEnumerable()) work();
    }
}
