using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;
using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Sellers;

/// <summary>
/// A market seller's business, keyed by its generated id: profile and compliance records, the accounts that act for it,
/// the documents it has uploaded, and the market days it has applied for (so its own view and the managers who must
/// vet it can be found without scanning markets).
/// </summary>
public interface ISellerGrain : IGrainWithStringKey
{
    /// <summary>False when the id is taken (nothing changes).</summary>
    Task<bool> Create(SellerProfile profile, string ownerEmail);

    [ReadOnly]
    Task<SellerSnapshot?> Get();

    /// <summary>Replaces the profile and compliance records; refused with the field errors when invalid (nothing changes).</summary>
    Task<IReadOnlyList<FieldError>> Update(SellerProfile profile);

    Task AddMember(string email);

    Task AddDocument(SellerDocument document);

    /// <summary>False when the seller has no such document.</summary>
    Task<bool> RemoveDocument(string documentId);

    /// <summary>Remembers a market day applied for and the trust that runs it. Idempotent.</summary>
    Task RecordApplication(MarketDayRef day, string trustId);
}

/// <summary>A seller as stored: id, profile, members (account emails), documents, market days applied for and their trusts.</summary>
[GenerateSerializer, Immutable]
public sealed record SellerSnapshot(
    string Id,
    SellerProfile Profile,
    IReadOnlyList<string> Members,
    IReadOnlyList<SellerDocument> Documents,
    IReadOnlyList<MarketDayRef> MarketDays,
    IReadOnlyList<string> Trusts)
{
    public bool HasMember(string email) => Members.Contains(email, StringComparer.OrdinalIgnoreCase);
}
