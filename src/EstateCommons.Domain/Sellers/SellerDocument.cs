using NodaTime;

namespace EstateCommons.Domain.Sellers;

/// <summary>What kind of compliance paper a seller uploaded.</summary>
public enum SellerDocumentKind
{
    InsuranceCertificate,
    HygieneCertificate,
    FoodBusinessRegistration,
}

/// <summary>A document a seller uploaded, as the seller's record lists it; the bytes stay in the document store.</summary>
[GenerateSerializer, Immutable]
public sealed record SellerDocument(string DocumentId, SellerDocumentKind Kind, string FileName, string ContentType, long SizeInBytes, Instant UploadedAt);
