namespace EstateCommons.Storage.Documents;

/// <summary>
/// A document someone is uploading: who it belongs to (an opaque owner key such as "seller/abc"), what
/// kind of document it is (such as "insurance-certificate"), the name and content type the uploader gave,
/// and its bytes, which are read once and may come from a stream that cannot seek.
/// </summary>
public sealed record DocumentUpload(string Owner, string Kind, string FileName, string ContentType, Stream Content)
{
    public const int MaxOwnerLength = 200;
    public const int MaxKindLength = 100;

    public string Owner { get; init; } = RequireText(Owner, MaxOwnerLength, nameof(Owner));

    public string Kind { get; init; } = RequireText(Kind, MaxKindLength, nameof(Kind));

    public string FileName { get; init; } = FileName ?? "";

    public string ContentType { get; init; } = ContentType ?? "";

    public Stream Content { get; init; } = Content is { CanRead: true }
        ? Content
        : throw new ArgumentException("The upload's content must be a readable stream.", nameof(Content));

    private static string RequireText(string value, int maxLength, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"{name} is required.", name);
        if (value.Length > maxLength) throw new ArgumentException($"{name} is longer than {maxLength} characters.", name);
        return value;
    }
}
