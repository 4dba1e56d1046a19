namespace EstateCommons.GrainInterfaces.Accounts;

/// <summary>Who an account is and what it may do. Roles are read from here on every request, so changes apply at once.</summary>
[GenerateSerializer, Immutable]
public sealed record AccountProfile(
    string Email,
    string DisplayName,
    bool IsPlatformAdmin,
    IReadOnlyList<string> ManagedTrusts,
    IReadOnlyList<string> Organisations,
    bool IsSeller,
    bool IsStaff,
    IReadOnlyList<string> Sellers)
{
    public bool Manages(string trustId) => IsPlatformAdmin || ManagedTrusts.Contains(trustId);

    public bool BelongsTo(string organisationId) => Organisations.Contains(organisationId);

    /// <summary>Whether the account acts for the market seller with this id.</summary>
    public bool ActsFor(string sellerId) => Sellers.Contains(sellerId);
}
