using System.Net.Http.Headers;
using Azure.Storage.Blobs.Models;
using EstateCommons.Storage.Documents;
using NodaTime.Text;

namespace EstateCommons.Storage.AzureBlob.Documents;

// A document's metadata travels with its blob: the content type and a download name as the blob's own headers (so a
// signed link serves them too), the rest as blob metadata. Metadata values are HTTP headers, so text a person typed
// (owner, kind, file name) is percent-encoded to stay ASCII; the size is the blob's length.
internal static class BlobDocumentMetadata
{
    private const string Owner = "owner";
    private const string Kind = "kind";
    private const string FileName = "filename";
    private const string Sha256 = "sha256";
    private const string UploadedAt = "uploadedat";

    public static BlobHttpHeaders Headers(DocumentMetadata metadata) => new()
    {
        ContentType = metadata.ContentType,
        ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = metadata.FileName }.ToString(),
    };

    public static Dictionary<string, string> ToBlob(DocumentMetadata metadata) => new()
    {
        [Owner] = Uri.EscapeDataString(metadata.Owner),
        [Kind] = Uri.EscapeDataString(metadata.Kind),
        [FileName] = Uri.EscapeDataString(metadata.FileName),
        [Sha256] = metadata.Sha256,
        [UploadedAt] = InstantPattern.ExtendedIso.Format(metadata.UploadedAt),
    };

    /// <summary>Null for a blob without a document's metadata, such as one being discarded.</summary>
    public static DocumentMetadata? FromBlob(DocumentId id, IDictionary<string, string> blob, string contentType, long sizeInBytes)
    {
        if (!blob.TryGetValue(Owner, out var owner) || !blob.TryGetValue(Kind, out var kind) || !blob.TryGetValue(FileName, out var fileName)
            || !blob.TryGetValue(Sha256, out var sha256) || !blob.TryGetValue(UploadedAt, out var uploadedAt))
        {
            return null;
        }
        return new DocumentMetadata(id, Uri.UnescapeDataString(owner), Uri.UnescapeDataString(kind), Uri.UnescapeDataString(fileName),
            contentType, sizeInBytes, sha256, InstantPattern.ExtendedIso.Parse(uploadedAt).Value);
    }
}
