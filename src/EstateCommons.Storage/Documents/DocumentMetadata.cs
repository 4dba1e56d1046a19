using NodaTime;

namespace EstateCommons.Storage.Documents;

/// <summary>
/// What a store knows about a kept document. <see cref="FileName"/> is safe to show but is not a path;
/// <see cref="ContentType"/> is one the policy allows and the bytes were checked to match;
/// <see cref="Sha256"/> is lower-case hex of the stored bytes.
/// </summary>
public sealed record DocumentMetadata(
    DocumentId Id,
    string Owner,
    string Kind,
    string FileName,
    string ContentType,
    long SizeInBytes,
    string Sha256,
    Instant UploadedAt)
{
    /// <summary>
    /// What a store records for an upload that passed its policy: the uploader's file name made safe to show, the
    /// canonical type the policy accepted, and the size and hash of the bytes it checked.
    /// </summary>
    public static DocumentMetadata Of(DocumentId id, DocumentUpload upload, string contentType, DocumentDigest digest, Instant uploadedAt) =>
        new(id, upload.Owner, upload.Kind, DocumentFileName.ForDisplay(upload.FileName), contentType, digest.SizeInBytes, digest.Sha256, uploadedAt);
}
