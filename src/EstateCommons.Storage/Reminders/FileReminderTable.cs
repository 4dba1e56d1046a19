using System.Collections.Concurrent;
using Orleans;
using Orleans.Runtime;

namespace EstateCommons.Storage.Reminders;

/// <summary>
/// Durable Orleans reminder table on the local file system: one JSON file per grain holding all of its reminders,
/// replaced atomically and fsynced, with its directory, before an upsert or removal completes.
/// </summary>
/// <remarks>
/// Reads are answered from an index of every reminder, loaded from the directory when the table starts and kept
/// current by the table's own writes. That is sound only while this table is the directory's single writer, as the
/// embedded profile's one silo is: a second table on the same directory, in this process or another, is refused
/// when it starts. A cluster of silos needs a shared reminder service (Redis) instead.
/// </remarks>
public sealed class FileReminderTable : IReminderTable, IDisposable
{
    // Reminders change rarely (a grain registers or cancels one), so a few threads are enough to absorb the fsyncs.
    private const int DiskThreadCount = 4;
    private const int LockStripes = 64;

    private readonly string _rootDirectory;
    private readonly DiskThreads _disk;
    private readonly StripedLock _locks = new(LockStripes);
    private readonly ConcurrentDictionary<GrainId, GrainReminders> _index = new();
    private readonly object _startGate = new();
    private Task? _loading;
    private ReminderDirectoryLock? _claim;

    /// <summary>Creates a table; the directory is claimed and read when it starts, or on first use.</summary>
    public FileReminderTable(FileReminderTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.RootDirectory))
        {
            throw new ArgumentException($"The file reminder table needs a {nameof(options.RootDirectory)}.", nameof(options));
        }
        _rootDirectory = Path.GetFullPath(options.RootDirectory);
        _disk = new DiskThreads(DiskThreadCount, "FileReminderTable");
    }

    public Task Init() => StartAsync();

    // Idempotent, and retried after a failure (say, another table still held the directory).
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        Task loading;
        lock (_startGate)
        {
            if (_loading is null || _loading.IsFaulted) _loading = _disk.Run(Load);
            loading = _loading;
        }
        return loading.WaitAsync(cancellationToken);
    }

    public Task<ReminderTableData> ReadRows(GrainId grainId) => ReadRows(grainId, CancellationToken.None);

    public async Task<ReminderTableData> ReadRows(GrainId grainId, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        return _index.TryGetValue(grainId, out var reminders) ? new ReminderTableData(reminders.Entries()) : new ReminderTableData();
    }

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => ReadRows(begin, end, CancellationToken.None);

    public async Task<ReminderTableData> ReadRows(uint begin, uint end, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        return new ReminderTableData(_index.Values.Where(reminders => InRing(reminders.Hash, begin, end)).SelectMany(reminders => reminders.Entries()));
    }

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => ReadRow(grainId, reminderName, CancellationToken.None);

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        return _index.TryGetValue(grainId, out var reminders) ? reminders.Entry(reminderName) : null;
    }

    public Task<string?> UpsertRow(ReminderEntry entry) => UpsertRow(entry, CancellationToken.None);

    // Unconditional, like Orleans' own tables: the reminder service, not the table, decides which registration wins.
    public async Task<string?> UpsertRow(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.ReminderName);
        var reminder = new StoredReminder(entry.ReminderName, AsUtc(entry.StartAt), entry.Period, NewEtag());
        await Change(entry.GrainId, reminders => reminders.With(reminder), cancellationToken).ConfigureAwait(false);
        return reminder.ETag;
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        RemoveRow(grainId, reminderName, eTag, CancellationToken.None);

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken) =>
        Change(grainId, reminders => reminders.Holds(reminderName, eTag) ? reminders.Without(reminderName) : null, cancellationToken);

    public Task TestOnlyClearTable() => TestOnlyClearTable(CancellationToken.None);

    public async Task TestOnlyClearTable(CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        foreach (var grainId in _index.Keys)
        {
            await Change(grainId, reminders => GrainReminders.None(reminders.GrainId), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Finishes queued disk work and releases the directory for another table.</summary>
    public void Dispose()
    {
        _disk.Dispose();
        lock (_startGate) _claim?.Dispose();
    }

    // Rewrites one grain's file under that grain's lock and publishes the result to the index only once it is
    // durable, so a read never returns a reminder a crash could still lose. When change returns null nothing is
    // written and the result is false. A write that throws leaves the index as it was; if it failed after the
    // rename, the file may already hold the change, as any storage may have applied a write whose answer was lost.
    private async Task<bool> Change(GrainId grainId, Func<GrainReminders, GrainReminders?> change, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        var path = ReminderFile.PathFor(_rootDirectory, grainId);
        using (await _locks.AcquireAsync(path, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = _index.GetValueOrDefault(grainId) ?? GrainReminders.None(grainId);
            var next = change(current);
            if (next is null) return false;
            // Not cancellable once queued: stopping half-way would leave the caller unsure whether the reminder changed.
            if (next.IsEmpty)
            {
                if (!current.IsEmpty) await _disk.Run(() => AtomicFile.Delete(path, flushDirectory: true)).ConfigureAwait(false);
                _index.TryRemove(grainId, out _);
            }
            else
            {
                var json = ReminderFile.Serialize(next);
                await _disk.Run(() => AtomicFile.Replace(path, json, flushDirectory: true)).ConfigureAwait(false);
                _index[grainId] = next;
            }
            return true;
        }
    }

    private void Load()
    {
        var claim = ReminderDirectoryLock.Acquire(_rootDirectory);
        try
        {
            foreach (var typeDirectory in Directory.EnumerateDirectories(_rootDirectory))
            {
                AtomicFile.DeleteAbandonedTempFilesIn(typeDirectory);
                foreach (var path in Directory.EnumerateFiles(typeDirectory, "*" + ReminderFile.Extension))
                {
                    var reminders = ReminderFile.Read(path);
                    _index[reminders.GrainId] = reminders;
                }
            }
        }
        catch
        {
            // A reminder file that cannot be read fails the start: running on without it would silently drop reminders.
            _index.Clear();
            claim.Dispose();
            throw;
        }
        lock (_startGate) _claim = claim;
    }

    // Orleans' ring ranges: (begin, end] when begin < end; otherwise the range wraps past uint.MaxValue to zero, so
    // begin == end is the whole ring.
    private static bool InRing(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    // Orleans computes StartAt from the UTC clock and compares it with UtcNow, so it is kept in UTC: a local time is
    // converted, and one of unspecified kind is taken to be UTC already, as Orleans' ADO.NET table takes it.
    private static DateTime AsUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };

    // Random, as in FileGrainStorage: an ETag from before a removal can never match a later registration.
    private static string NewEtag() => Guid.NewGuid().ToString("N");
}
