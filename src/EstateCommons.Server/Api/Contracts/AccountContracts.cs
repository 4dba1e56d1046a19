using EstateCommons.GrainInterfaces.Accounts;

namespace EstateCommons.Server.Api.Contracts;

public sealed record TokenRequest(string? Email, string? Password);

public sealed record RegisterAccountRequest(string? Email, string? Password, string? Name, bool Seller = false, bool Staff = false);

public sealed record AccountView(string Email, string Name, bool PlatformAdmin, IReadOnlyList<string> ManagedTrusts, IReadOnlyList<string> Organisations, bool Seller, bool Staff, IReadOnlyList<string> Sellers)
{
    public static AccountView Of(AccountProfile p) => new(p.Email, p.DisplayName, p.IsPlatformAdmin, p.ManagedTrusts, p.Organisations, p.IsSeller, p.IsStaff, p.Sellers);
}
