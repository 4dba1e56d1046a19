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
    Instant UploadedAt);
