namespace EstateCommons.Domain.Sellers;

/// <summary>
/// Something a seller should put right before a market checks their paperwork: a stable <see cref="Code"/> for
/// clients and a sentence for the seller.
/// </summary>
public sealed record ComplianceWarning(string Code, string Message)
{
    public const string InsuranceMissing = "insurance-missing";
    public const string InsuranceExpired = "insurance-expired";
    public const string InsuranceExpiring = "insurance-expiring";
}
