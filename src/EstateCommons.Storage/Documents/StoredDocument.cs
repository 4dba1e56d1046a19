namespace EstateCommons.Storage.Documents;

/// <summary>The receipt for a saved upload: the new document's id and everything recorded about it.</summary>
public sealed record StoredDocument(DocumentMetadata Metadata)
{
    public DocumentId Id => Metadata.Id;
}
