namespace EstateCommons.Grains.Accounts;

public sealed class AccountState
{
    public string? DisplayName { get; set; }
    public string? PasswordHash { get; set; }
    public bool IsPlatformAdmin { get; set; }
    public bool IsSeller { get; set; }
    public bool IsStaff { get; set; }
    public List<string> ManagedTrusts { get; set; } = [];
    public List<string> Organisations { get; set; } = [];
    public List<string> Sellers { get; set; } = [];
}
