namespace EstateCommons.Storage;

// Group commit for the temp-file-then-rename protocol. Writers put their new content in a temp file and hand
// it here; one thread takes everything waiting, makes all the temp files durable with one syncfs, renames each
// over its record, and makes the renames durable with the next syncfs. A writer's task completes only then, so
// an acknowledged write is as durable as with fsync(file) + rename + fsync(directory) — but a batch of N writes
// costs one or two device flushes instead of 2N. Batches form by themselves: whatever arrives while a flush
// runs goes in the next round.
internal sealed class GroupCommitter : IDisposable
{
    private readonly string _root;
    private readonly object _gate = new();
    private readonly Thread _thread;
    private List<PendingRename> _waiting = [];
    private bool _stopping;

    public GroupCommitter(string root, string name)
    {
        _root = root;
        _thread = new Thread(Run) { IsBackground = true, Name = $"{name} group commit" };
        _thread.Start();
    }

    /// <summary>Renames <paramref name="tempPath"/> over <paramref name="path"/> durably, with the batch it joins.</summary>
    public Task Commit(string tempPath, string path)
    {
        var pending = new PendingRename(tempPath, path, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopping, this);
            _waiting.Add(pending);
            Monitor.Pulse(_gate);
        }
        return pending.Completion.Task;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_stopping) return;
            _stopping = true;
            Monitor.Pulse(_gate);
        }
        _thread.Join();
    }

    private void Run()
    {
        // Renamed in the previous round, waiting for a flush to make the renames durable.
        List<PendingRename> renamed = [];
        while (true)
        {
            List<PendingRename> batch;
            lock (_gate)
            {
                while (_waiting.Count == 0 && renamed.Count == 0 && !_stopping) Monitor.Wait(_gate);
                if (_waiting.Count == 0 && renamed.Count == 0) return;
                batch = _waiting;
                _waiting = [];
            }
            renamed = FlushAndRename(batch, renamed);
        }
    }

    // Rounds overlap: one flush makes durable both this batch's temp files and the previous batch's renames, so
    // each round costs one device flush while every write still waits for two (content, then its rename).
    private List<PendingRename> FlushAndRename(List<PendingRename> batch, List<PendingRename> renamedBefore)
    {
        try
        {
            DirectoryFlusher.FlushFileSystem(_root);
        }
        catch (Exception exception)
        {
            // The earlier renames happened but may not be durable; the new content was never put in place.
            foreach (var pending in renamedBefore) pending.Completion.TrySetException(exception);
            foreach (var pending in batch) pending.Fail(exception);
            return [];
        }
        foreach (var pending in renamedBefore) pending.Completion.SetResult();
        var renamed = new List<PendingRename>(batch.Count);
        foreach (var pending in batch)
        {
            try
            {
                File.Move(pending.TempPath, pending.Path, overwrite: true);
                renamed.Add(pending);
            }
            catch (Exception exception)
            {
                pending.Fail(exception);
            }
        }
        return renamed;
    }

    private sealed record PendingRename(string TempPath, string Path, TaskCompletionSource Completion)
    {
        public void Fail(Exception exception)
        {
            AtomicFile.TryDelete(TempPath);
            Completion.TrySetException(exception);
        }
    }
}
