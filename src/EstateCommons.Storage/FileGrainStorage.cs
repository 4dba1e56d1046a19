using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace EstateCommons.Storage;

/// <summary>
/// Durable Orleans grain storage on the local file system: one JSON file per grain and state name,
/// replaced atomically and fsynced before a write completes, with ETag-based optimistic concurrency.
/// </summary>
/// <remarks>
/// The ETag check and write are atomic within one process only, however many silos or providers it
/// hosts. Silos in different processes sharing a directory (for example over a network share) could
/// both pass the check and the later rename would win; a cluster of processes should use a storage
/// service with server-side conditional writes instead.
/// </remarks>
public sealed class FileGrainStorage : IGrainStorage, IDisposable
{
    private const int LockStripes = 1024;

    // Shared by every instance because several silos (a test cluster) or several named providers in one
    // process may point at the same directory; locks keyed by full path then still exclude each other.
    private static readonly StripedLock Locks = new(LockStripes);

    private readonly string _name;
    private readonly string _rootDirectory;
    private readonly bool _flushDirectory;
    private readonly RecordSerializer _serializer;
    private readonly DiskThreads _disk;
    private readonly GroupCommitter? _groupCommit;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _swept = new();

    /// <summary>Creates a provider; the root directory is created on first write.</summary>
    public FileGrainStorage(string name, FileGrainStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.RootDirectory))
        {
            throw new ArgumentException($"Grain storage '{name}' needs a {nameof(options.RootDirectory)}.", nameof(options));
        }
        _name = name;
        _rootDirectory = Path.GetFullPath(options.RootDirectory);
        _flushDirectory = options.FlushDirectoryOnWrite;
        _serializer = new RecordSerializer(options.SerializerOptions ?? FileGrainStorageJson.CreateDefaultOptions());
        _disk = new DiskThreads(options.DiskThreadCount, $"FileGrainStorage {name}");
        _groupCommit = options.GroupCommit && DirectoryFlusher.CanFlushFileSystem ? new GroupCommitter(_rootDirectory, $"FileGrainStorage {name}") : null;
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var path = RecordPath.For(_rootDirectory, grainId, stateName);
        // Reads need no lock: a rename is atomic, so the file seen is always a complete version.
        var json = await TryReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        // Crash leftovers can only predate this process, so each grain directory is swept once, not per read:
        // listing a directory of many daily records on every read would cost more than the read itself.
        if (_swept.TryAdd(Path.GetDirectoryName(path)!, 0)) AtomicFile.DeleteAbandonedTempFiles(path);
        if (json is null)
        {
            SetMissing(grainState);
            return;
        }
        var record = _serializer.Deserialize<StoredRecord<T>>(json, path);
        if (record is null || string.IsNullOrEmpty(record.ETag)) throw new InvalidDataException($"Grain storage record '{path}' has no etag.");
        grainState.State = record.State!;
        grainState.ETag = record.ETag;
        grainState.RecordExists = true;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var path = RecordPath.For(_rootDirectory, grainId, stateName);
        var expectedEtag = grainState.ETag;
        var newEtag = NewEtag();
        // Serialised before the first await, so a reentrant grain changing its state meanwhile cannot
        // produce a torn snapshot.
        using var json = _serializer.Serialize(new StoredRecord<T>(newEtag, grainState.State));
        using (await Locks.AcquireAsync(path, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Not cancellable once queued: stopping half-way would leave the caller unsure whether the
            // record changed.
            if (_groupCommit is not null)
            {
                string? tempPath = null;
                await _disk.Run(() =>
                {
                    EnsureStoredEtagIs(expectedEtag, path, "write");
                    tempPath = AtomicFile.WriteTemp(path, json.WrittenSpan);
                }).ConfigureAwait(false);
                await _groupCommit.Commit(tempPath!, path).ConfigureAwait(false);
            }
            else
            {
                await _disk.Run(() =>
                {
                    EnsureStoredEtagIs(expectedEtag, path, "write");
                    AtomicFile.Replace(path, json.WrittenSpan, _flushDirectory);
                }).ConfigureAwait(false);
            }
        }
        grainState.ETag = newEtag;
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var path = RecordPath.For(_rootDirectory, grainId, stateName);
        var expectedEtag = grainState.ETag;
        using (await Locks.AcquireAsync(path, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await _disk.Run(() =>
            {
                if (EnsureStoredEtagIs(expectedEtag, path, "clear")) AtomicFile.Delete(path, _flushDirectory);
            }).ConfigureAwait(false);
        }
        SetMissing(grainState);
    }

    /// <summary>Finishes queued disk work and stops the provider's disk threads.</summary>
    public void Dispose()
    {
        _disk.Dispose();
        _groupCommit?.Dispose();
    }

    // Random rather than a version counter: a counter restarts after a clear, so an activation still
    // holding an ETag from before the clear could match the re-created record; 128 random bits never
    // repeat, and need no read of the old value to compute.
    private static string NewEtag() => Guid.NewGuid().ToString("N");

    private static void SetMissing<T>(IGrainState<T> grainState)
    {
        grainState.State = NewState<T>.Create();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    /// <summary>Returns whether a record is stored; throws when its ETag is not the expected one.</summary>
    private bool EnsureStoredEtagIs(string? expectedEtag, string path, string operation)
    {
        var exists = StoredEtagReader.TryRead(path, out var storedEtag);
        var actualEtag = exists ? storedEtag : null;
        if (actualEtag == expectedEtag) return exists;
        throw new InconsistentStateException(
            $"Grain storage '{_name}' refused to {operation} '{path}': stored ETag '{actualEtag ?? "<none>"}' does not match '{expectedEtag ?? "<none>"}'.",
            actualEtag!,
            expectedEtag!);
    }

    private static async Task<byte[]?> TryReadAllBytesAsync(string path, CancellationToken cancellationToken)
    {
        // Checking first keeps the common "new grain" case free of exceptions; the catch covers a
        // record cleared between the check and the open.
        if (!File.Exists(path)) return null;
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
