using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;
using EstateCommons.Storage.Documents;
using NodaTime;

namespace EstateCommons.Storage.AzureBlob.Documents;

/// <summary>
/// Keeps documents in a Blob Storage container, one block blob per document named <c>&lt;prefix&gt;&lt;id&gt;</c>,
/// carrying its metadata, so a document exists exactly when its blob does. Uploads are checked by the
/// <see cref="DocumentPolicy"/> as they stream into staged blocks and become a blob only once they pass. Documents
/// are downloaded through read-only links signed with the account key, valid for as long as the caller asks.
/// </summary>
public sealed class BlobDocumentStore : IDocumentStore
{
    // Most certificates are well under this, so they go up in one request; larger ones in blocks of this size.
    private const int BlockSize = 4 * 1024 * 1024;

    private readonly BlobContainerClient _container;
    private readonly string _namePrefix;
    private readonly DocumentPolicy _policy;
    private readonly IClock _clock;
    private readonly TimeProvider _linkClock;

    /// <param name="container">Created when missing. It signs links with the account key, so it must be made from a
    /// connection string with an account key, or with a <c>StorageSharedKeyCredential</c>.</param>
    /// <param name="namePrefix">Put before each document's id, such as <c>documents/</c>.</param>
    /// <param name="policy">Which uploads are accepted.</param>
    /// <param name="clock">Gives each document's upload time.</param>
    /// <param name="linkClock">The real time, which the storage service checks links against; unlike
    /// <paramref name="clock"/>, never a business clock that tests may have moved.</param>
    public BlobDocumentStore(BlobContainerClient container, string namePrefix, DocumentPolicy policy, IClock clock, TimeProvider linkClock)
    {
        ArgumentNullException.ThrowIfNull(container);
        if (!container.CanGenerateSasUri)
        {
            throw new ArgumentException(
                "The document store signs download links with the storage account's key, so its container client must be made from a connection string with AccountKey or with a StorageSharedKeyCredential.",
                nameof(container));
        }
        _container = container;
        _namePrefix = namePrefix ?? "";
        _policy = policy;
        _clock = clock;
        _linkClock = linkClock;
    }

    public async Task<StoredDocument> Save(DocumentUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var contentType = _policy.AcceptDeclaredType(upload.ContentType);
        var id = DocumentId.New();
        await using var blocks = new BlockUploadStream(BlobFor(id), BlockSize);
        try
        {
            var digest = await _policy.CopyChecked(upload.Content, contentType, blocks, cancellationToken);
            var metadata = DocumentMetadata.Of(id, upload, contentType, digest, _clock.GetCurrentInstant());
            await blocks.Commit(BlobDocumentMetadata.Headers(metadata), BlobDocumentMetadata.ToBlob(metadata), cancellationToken);
            return new StoredDocument(metadata);
        }
        catch
        {
            await DiscardQuietly(blocks);
            throw;
        }
    }

    public async Task<DocumentContent?> Open(DocumentId id, CancellationToken cancellationToken)
    {
        var blob = BlobFor(id);
        BlobDownloadStreamingResult download;
        try
        {
            download = (await blob.DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException failure) when (failure.Status == 404)
        {
            return null;
        }
        var details = download.Details;
        var metadata = BlobDocumentMetadata.FromBlob(id, details.Metadata, details.ContentType, details.ContentLength);
        if (metadata is not null) return new DocumentContent(metadata, download.Content);
        download.Dispose();
        return null;
    }

    public async Task<bool> Delete(DocumentId id, CancellationToken cancellationToken) =>
        (await BlobFor(id).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken)).Value;

    public async Task<DocumentMetadata?> Describe(DocumentId id, CancellationToken cancellationToken)
    {
        BlobProperties properties;
        try
        {
            properties = (await BlobFor(id).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException failure) when (failure.Status == 404)
        {
            return null;
        }
        return BlobDocumentMetadata.FromBlob(id, properties.Metadata, properties.ContentType, properties.ContentLength);
    }

    /// <summary>A link that only reads this one document, and only until <paramref name="lifetime"/> from now.</summary>
    public Task<Uri?> DownloadLink(DocumentId id, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        var blob = BlobFor(id);
        var link = new BlobSasBuilder(BlobSasPermissions.Read, _linkClock.GetUtcNow() + lifetime)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };
        return Task.FromResult<Uri?>(blob.GenerateSasUri(link));
    }

    private BlockBlobClient BlobFor(DocumentId id) =>
        id.IsValid ? _container.GetBlockBlobClient(_namePrefix + id) : throw new ArgumentException("The default DocumentId names no document.", nameof(id));

    private static async Task DiscardQuietly(BlockUploadStream blocks)
    {
        try
        {
            // Not cancellable: the caller may have hung up, and the blocks should go all the same.
            await blocks.Discard(CancellationToken.None);
        }
        catch (RequestFailedException)
        {
            // Left to the service, which drops uncommitted blocks after a week; the upload's own failure matters more.
        }
    }
}
