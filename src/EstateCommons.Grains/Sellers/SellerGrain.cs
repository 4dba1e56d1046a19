using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;
using EstateCommons.GrainInterfaces.Sellers;

namespace EstateCommons.Grains.Sellers;

public sealed class SellerGrain([PersistentState("seller", StorageNames.Estate)] IPersistentState<SellerState> seller) : Grain, ISellerGrain
{
    public async Task<bool> Create(SellerProfile profile, string ownerEmail)
    {
        if (seller.State.Profile is not null) return false;
        seller.State = new SellerState { Profile = profile, Members = [ownerEmail] };
        await seller.WriteStateAsync();
        return true;
    }

    public Task<SellerSnapshot?> Get()
    {
        var s = seller.State;
        return Task.FromResult(s.Profile is null
            ? null
            : new SellerSnapshot(this.GetPrimaryKeyString(), s.Profile, [.. s.Members], [.. s.Documents], [.. s.MarketDays], [.. s.Trusts]));
    }

    public async Task<IReadOnlyList<FieldError>> Update(SellerProfile profile)
    {
        RequireSeller();
        var errors = profile.Validate();
        if (errors.Count > 0) return errors;
        seller.State.Profile = profile;
        await seller.WriteStateAsync();
        return [];
    }

    public async Task AddMember(string email)
    {
        RequireSeller();
        if (seller.State.Members.Contains(email, StringComparer.OrdinalIgnoreCase)) return;
        seller.State.Members.Add(email);
        await seller.WriteStateAsync();
    }

    public async Task AddDocument(SellerDocument document)
    {
        RequireSeller();
        if (seller.State.Documents.Any(d => d.DocumentId == document.DocumentId)) return;
        seller.State.Documents.Add(document);
        await seller.WriteStateAsync();
    }

    public async Task<bool> RemoveDocument(string documentId)
    {
        if (seller.State.Documents.RemoveAll(d => d.DocumentId == documentId) == 0) return false;
        await seller.WriteStateAsync();
        return true;
    }

    public async Task RecordApplication(MarketDayRef day, string trustId)
    {
        RequireSeller();
        var learnt = false;
        if (!seller.State.MarketDays.Contains(day))
        {
            seller.State.MarketDays.Add(day);
            learnt = true;
        }
        if (!seller.State.Trusts.Contains(trustId))
        {
            seller.State.Trusts.Add(trustId);
            learnt = true;
        }
        if (learnt) await seller.WriteStateAsync();
    }

    private void RequireSeller()
    {
        if (seller.State.Profile is null) throw new InvalidOperationException($"No seller {this.GetPrimaryKeyString()}.");
    }
}
