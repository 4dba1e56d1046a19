namespace EstateCommons.Storage.Documents;

/// <summary>An opened document: its metadata and a read stream over its bytes, which this object owns.</summary>
public sealed class DocumentContent(DocumentMetadata metadata, Stream stream) : IDisposable, IAsyncDisposable
{
    public DocumentMetadata Metadata { get; } = metadata;

    public Stream Stream { get; } = stream;

    public void Dispose() => Stream.Dispose();

    public ValueTask DisposeAsync() => Stream.DisposeAsync();
}
