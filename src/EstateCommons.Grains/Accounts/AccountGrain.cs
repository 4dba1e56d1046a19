using EstateCommons.GrainInterfaces.Accounts;

namespace EstateCommons.Grains.Accounts;

public sealed class AccountGrain([PersistentState("account", StorageNames.Estate)] IPersistentState<AccountState> account) : Grain, IAccountGrain
{
    private bool Exists => account.State.PasswordHash is not null;

    public async Task<bool> Register(string displayName, string passwordHash, bool isSeller, bool isStaff)
    {
        if (Exists) return false;
        account.State = new AccountState { DisplayName = displayName, PasswordHash = passwordHash, IsSeller = isSeller, IsStaff = isStaff };
        await account.WriteStateAsync();
        return true;
    }

    public Task<AccountProfile?> GetProfile()
    {
        var s = account.State;
        return Task.FromResult(Exists
            ? new AccountProfile(this.GetPrimaryKeyString(), s.DisplayName ?? "", s.IsPlatformAdmin, [.. s.ManagedTrusts], [.. s.Organisations], s.IsSeller, s.IsStaff, [.. s.Sellers])
            : null);
    }

    public Task<string?> GetPasswordHash() => Task.FromResult(account.State.PasswordHash);

    public Task ReplacePasswordHash(string passwordHash) => Change(s => s.PasswordHash = passwordHash);

    public Task GrantPlatformAdmin() => account.State.IsPlatformAdmin ? Task.CompletedTask : Change(s => s.IsPlatformAdmin = true);

    public Task AddManagedTrust(string trustId) =>
        account.State.ManagedTrusts.Contains(trustId) ? Task.CompletedTask : Change(s => s.ManagedTrusts.Add(trustId));

    public Task AddOrganisation(string organisationId) =>
        account.State.Organisations.Contains(organisationId) ? Task.CompletedTask : Change(s => s.Organisations.Add(organisationId));

    public Task AddSeller(string sellerId) =>
        account.State.Sellers.Contains(sellerId) ? Task.CompletedTask : Change(s =>
        {
            s.Sellers.Add(sellerId);
            s.IsSeller = true;
        });

    private async Task Change(Action<AccountState> change)
    {
        if (!Exists) throw new InvalidOperationException($"No account {this.GetPrimaryKeyString()}.");
        change(account.State);
        await account.WriteStateAsync();
    }
}
