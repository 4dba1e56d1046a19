using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace EstateCommons.Storage.AzureBlob;

/// <summary>
/// Orleans grain storage on Azure Blob Storage: one JSON blob per grain and state name, named as the file storage
/// names its files. The blob's own ETag is the record's ETag, and every write is conditional on it (If-Match, or
/// If-None-Match <c>*</c> for a record the grain has not seen), as is every clear (a delete If-Match), so the service
/// itself refuses a stale writer, whichever silo it runs on.
/// </summary>
public sealed class BlobGrainStorage : IGrainStorage
{
    private const string JsonContentType = "application/json";

    private readonly string _name;
    private readonly BlobContainerClient _container;
    private readonly string _namePrefix;
    private readonly RecordSerializer _serializer;

    public BlobGrainStorage(string name, BlobGrainStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ContainerName);
        _name = name;
        _container = Connect(name, options);
        _namePrefix = options.NamePrefix;
        _serializer = new RecordSerializer(options.SerializerOptions ?? FileGrainStorageJson.CreateDefaultOptions());
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var blob = BlobFor(grainId, stateName);
        BlobDownloadResult download;
        try
        {
            download = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException failure) when (failure.Status == 404)
        {
            SetMissing(grainState);
            return;
        }
        grainState.State = _serializer.Deserialize<T>(download.Content.ToMemory().Span, blob.Name)!;
        grainState.ETag = download.Details.ETag.ToString();
        grainState.RecordExists = true;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var blob = BlobFor(grainId, stateName);
        var expectedEtag = grainState.ETag;
        // Serialised before the first await, so a reentrant grain changing its state meanwhile cannot
        // produce a torn snapshot.
        using var json = _serializer.Serialize(grainState.State);
        var upload = new BlobUploadOptions
        {
            Conditions = Expecting(expectedEtag),
            HttpHeaders = new BlobHttpHeaders { ContentType = JsonContentType },
        };
        BlobContentInfo written;
        try
        {
            written = await _container.CreatingContainerIfMissing(
                async () => (await blob.UploadAsync(new BinaryData(json.WrittenMemory), upload, cancellationToken).ConfigureAwait(false)).Value,
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException failure) when (BlobConflicts.IsConflict(failure))
        {
            throw Inconsistent(blob, "write", await StoredEtag(blob, cancellationToken).ConfigureAwait(false), expectedEtag, failure);
        }
        grainState.ETag = written.ETag.ToString();
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var blob = BlobFor(grainId, stateName);
        var expectedEtag = grainState.ETag;
        if (expectedEtag is null)
        {
            // A grain that never saw a record asks that there be none: true at the moment nothing is found, so there
            // is nothing to delete; a record found is one written since, which the grain has not seen.
            if (await StoredEtag(blob, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                throw Inconsistent(blob, "clear", stored, expectedEtag, failure: null);
            }
        }
        else
        {
            try
            {
                await blob.DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, new BlobRequestConditions { IfMatch = new ETag(expectedEtag) }, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (RequestFailedException failure) when (BlobConflicts.IsConflict(failure))
            {
                throw Inconsistent(blob, "clear", await StoredEtag(blob, cancellationToken).ConfigureAwait(false), expectedEtag, failure);
            }
        }
        SetMissing(grainState);
    }

    private static BlobContainerClient Connect(string name, BlobGrainStorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString)) return new BlobContainerClient(options.ConnectionString, options.ContainerName);
        if (options.ServiceUri is not null && options.Credential is not null)
        {
            return new BlobServiceClient(options.ServiceUri, options.Credential).GetBlobContainerClient(options.ContainerName);
        }
        throw new ArgumentException(
            $"Grain storage '{name}' needs a {nameof(options.ConnectionString)}, or a {nameof(options.ServiceUri)} with a {nameof(options.Credential)}.",
            nameof(options));
    }

    private BlobClient BlobFor(GrainId grainId, string stateName) => _container.GetBlobClient(_namePrefix + RecordName.For(grainId, stateName));

    // A grain that holds no ETag has not seen a record, so its write must find none.
    private static BlobRequestConditions Expecting(string? etag) =>
        etag is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = new ETag(etag) };

    private static void SetMissing<T>(IGrainState<T> grainState)
    {
        grainState.State = NewState<T>.Create();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    // What is stored now. After a refusal this only says what was found instead: the refusal itself came from the
    // service, atomically.
    private static async Task<string?> StoredEtag(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.ETag.ToString();
        }
        catch (RequestFailedException failure) when (failure.Status == 404)
        {
            return null;
        }
    }

    private InconsistentStateException Inconsistent(BlobClient blob, string operation, string? storedEtag, string? expectedEtag, RequestFailedException? failure)
    {
        var message = $"Grain storage '{_name}' refused to {operation} blob '{blob.Name}' in container '{blob.BlobContainerName}': " +
            $"stored ETag '{storedEtag ?? "<none>"}' does not match '{expectedEtag ?? "<none>"}'.";
        return failure is null ? new(message, storedEtag!, expectedEtag!) : new(message, storedEtag!, expectedEtag!, failure);
    }
}
