using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Accounts;

/// <summary>An email + password account, keyed by the lower-cased email. Holds the password hash and the account's roles.</summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; false when the email is already registered (nothing changes).</summary>
    Task<bool> Register(string displayName, string passwordHash, bool isSeller, bool isStaff);

    [ReadOnly]
    Task<AccountProfile?> GetProfile();

    /// <summary>The stored hash, for verifying a sign-in; null when no such account.</summary>
    [ReadOnly]
    Task<string?> GetPasswordHash();

    Task ReplacePasswordHash(string passwordHash);

    Task GrantPlatformAdmin();

    Task AddManagedTrust(string trustId);

    Task AddOrganisation(string organisationId);

    /// <summary>Lets the account act for a market seller; marks the account as a seller.</summary>
    Task AddSeller(string sellerId);
}
