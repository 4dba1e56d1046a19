namespace EstateCommons.Storage.Documents;

/// <summary>
/// Keeps the documents people upload (insurance certificates, hygiene certificates, registration letters)
/// and their metadata. Every upload is checked against a <see cref="DocumentPolicy"/> before it is kept.
/// Ids are opaque and unguessable, so a store may expose them in links; how bytes reach a browser
/// (a stream here, a short-lived signed link for blob storage) is a concern of the store.
/// </summary>
public interface IDocumentStore
{
    /// <summary>
    /// Checks and keeps an upload under a new id, reading its stream once and never buffering it whole.
    /// </summary>
    /// <exception cref="DocumentRefusedException">The upload breaks the store's policy; nothing is kept.</exception>
    Task<StoredDocument> Save(DocumentUpload upload, CancellationToken cancellationToken);

    /// <summary>The document's content and metadata, or null when there is no such document. Dispose the result.</summary>
    Task<DocumentContent?> Open(DocumentId id, CancellationToken cancellationToken);

    /// <summary>Removes the document; false when there was no such document.</summary>
    Task<bool> Delete(DocumentId id, CancellationToken cancellationToken);

    /// <summary>The document's metadata without its content, or null when there is no such document.</summary>
    Task<DocumentMetadata?> Describe(DocumentId id, CancellationToken cancellationToken);

    /// <summary>
    /// A read-only link that downloads the document directly from the store for <paramref name="lifetime"/>, or null
    /// when this store gives no links and the content is to be streamed from <see cref="Open"/> instead. Making a
    /// link does not check that the document exists; check first where that matters.
    /// </summary>
    Task<Uri?> DownloadLink(DocumentId id, TimeSpan lifetime, CancellationToken cancellationToken);
}
