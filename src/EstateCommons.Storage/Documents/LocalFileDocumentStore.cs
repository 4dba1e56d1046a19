using System.Text.Json;
using NodaTime;

namespace EstateCommons.Storage.Documents;

/// <summary>
/// Keeps documents on the local file system under one root directory: each document is
/// <c>&lt;root&gt;/&lt;first two characters of id&gt;/&lt;id&gt;.content</c> beside a small JSON metadata
/// sidecar <c>&lt;id&gt;.json</c>. A document exists exactly when its sidecar does.
/// </summary>
public sealed class LocalFileDocumentStore : IDocumentStore
{
    private const string ContentSuffix = ".content";
    private const string MetadataSuffix = ".json";
    private const string TempSuffix = ".tmp";
    // Ids are hex, so no fan-out directory can be called this.
    private const string IncomingDirectoryName = "incoming";

    // Uploads stream from people's phones on market-stall connections, so a live one can take a while.
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    private static readonly JsonSerializerOptions Json = FileGrainStorageJson.CreateDefaultOptions();

    private readonly string _root;
    private readonly string _incoming;
    private readonly DocumentPolicy _policy;
    private readonly IClock _clock;

    public LocalFileDocumentStore(string rootDirectory, DocumentPolicy policy, IClock clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        _root = Path.GetFullPath(rootDirectory);
        _incoming = Path.Join(_root, IncomingDirectoryName);
        _policy = policy;
        _clock = clock;
        DeleteAbandonedUploads();
    }

    public async Task<StoredDocument> Save(DocumentUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var contentType = _policy.AcceptDeclaredType(upload.ContentType);
        var id = DocumentId.New();
        var (contentPath, metadataPath) = PathsOf(id);

        // Uploads stream into a separate directory so a refused one never creates a fan-out directory,
        // and a crash mid-upload leaves nothing a reader could mistake for a document.
        Directory.CreateDirectory(_incoming);
        var tempPath = Path.Join(_incoming, $"{id}.{Guid.NewGuid():N}{TempSuffix}");
        DocumentDigest digest;
        try
        {
            await using (var temp = new FileStream(tempPath, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                Options = FileOptions.Asynchronous,
                BufferSize = 0,
            }))
            {
                digest = await _policy.CopyChecked(upload.Content, contentType, temp, cancellationToken);
                temp.Flush(flushToDisk: true);
            }
            MoveIntoPlace(tempPath, contentPath);
        }
        catch
        {
            AtomicFile.TryDelete(tempPath);
            throw;
        }

        var metadata = DocumentMetadata.Of(id, upload, contentType, digest, _clock.GetCurrentInstant());
        try
        {
            // The content is already durable, so whenever the sidecar appears it points at real bytes.
            AtomicFile.Replace(metadataPath, JsonSerializer.SerializeToUtf8Bytes(metadata, Json), flushDirectory: true);
        }
        catch
        {
            AtomicFile.TryDelete(contentPath);
            throw;
        }
        return new StoredDocument(metadata);
    }

    public async Task<DocumentContent?> Open(DocumentId id, CancellationToken cancellationToken)
    {
        var metadata = await Describe(id, cancellationToken);
        if (metadata is null) return null;
        try
        {
            // FileShare.Delete lets a document be deleted while someone is still downloading it.
            var stream = new FileStream(PathsOf(id).Content, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read | FileShare.Delete,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
            return new DocumentContent(metadata, stream);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            // Deleted between reading the metadata and opening the content.
            return null;
        }
    }

    public Task<bool> Delete(DocumentId id, CancellationToken cancellationToken)
    {
        var (contentPath, metadataPath) = PathsOf(id);
        if (!File.Exists(metadataPath)) return Task.FromResult(false);
        // Metadata first: the document disappears in one step, and a crash leaves only unreferenced bytes.
        File.Delete(metadataPath);
        File.Delete(contentPath);
        DirectoryFlusher.Flush(Path.GetDirectoryName(metadataPath)!);
        return Task.FromResult(true);
    }

    public async Task<DocumentMetadata?> Describe(DocumentId id, CancellationToken cancellationToken)
    {
        var metadataPath = PathsOf(id).Metadata;
        try
        {
            await using var stream = new FileStream(metadataPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 4096, useAsync: true);
            return await JsonSerializer.DeserializeAsync<DocumentMetadata>(stream, Json, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Always null: local files have no address a browser could reach, so they stream through the API.</summary>
    public Task<Uri?> DownloadLink(DocumentId id, TimeSpan lifetime, CancellationToken cancellationToken) => Task.FromResult<Uri?>(null);

    // Safe because a DocumentId can only hold 32 lower-case hex digits; Value throws for default(DocumentId).
    private (string Content, string Metadata) PathsOf(DocumentId id)
    {
        var value = id.Value;
        var directory = Path.Join(_root, value[..2]);
        return (Path.Join(directory, value + ContentSuffix), Path.Join(directory, value + MetadataSuffix));
    }

    private void MoveIntoPlace(string tempPath, string contentPath)
    {
        var directory = Path.GetDirectoryName(contentPath)!;
        if (!Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory);
            DirectoryFlusher.Flush(_root);
        }
        File.Move(tempPath, contentPath);
        DirectoryFlusher.Flush(directory);
    }

    private void DeleteAbandonedUploads()
    {
        if (!Directory.Exists(_incoming)) return;
        try
        {
            var cutoff = DateTime.UtcNow - AbandonedAfter;
            foreach (var temp in Directory.EnumerateFiles(_incoming, "*" + TempSuffix))
            {
                if (File.GetLastWriteTimeUtc(temp) < cutoff) AtomicFile.TryDelete(temp);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Clean-up is opportunistic; stray uploads are never read.
        }
    }
}
