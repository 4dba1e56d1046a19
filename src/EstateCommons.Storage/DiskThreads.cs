namespace EstateCommons.Storage;

// fsync blocks its thread for milliseconds. Run on the thread pool (where Orleans runs grains), a few
// dozen concurrent writers would starve it: the pool grows only slowly for threads blocked in system
// calls. These dedicated threads absorb the blocking instead, and completions resume asynchronously so
// grain code never runs on them.
//
// The queue is a plain Monitor wait/pulse rather than BlockingCollection: idle threads then sleep in the
// kernel, where BlockingCollection's SemaphoreSlim spins first — with dozens of mostly idle disk threads
// that spinning cost more CPU than the requests themselves (seen in a profile of the booking benchmark).
internal sealed class DiskThreads : IDisposable
{
    private readonly Queue<Action> _queue = new();
    private readonly object _gate = new();
    private readonly Thread[] _threads;
    private bool _completed;

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
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_completed, this);
            _queue.Enqueue(() =>
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
            Monitor.Pulse(_gate);
        }
        return completion.Task;
    }

    // Queued work is finished rather than dropped, so writers already waiting get a real outcome. The
    // container may dispose the provider once per registration it is reachable through, hence the guard.
    public void Dispose()
    {
        lock (_gate)
        {
            if (_completed) return;
            _completed = true;
            Monitor.PulseAll(_gate);
        }
        foreach (var thread in _threads) thread.Join();
    }

    private void Drain()
    {
        while (true)
        {
            Action work;
            lock (_gate)
            {
                while (_queue.Count == 0 && !_completed) Monitor.Wait(_gate);
                if (_queue.Count == 0) return;
                work = _queue.Dequeue();
            }
            work();
        }
    }
}
