using EstateCommons.Domain.Organisations;

namespace EstateCommons.Domain.Reporting;

/// <summary>
/// What a trust's estate gave its community in a financial quarter, as raw quantities rather than proxy £ values:
/// the value of space given in kind (full-rate price less what was charged) by kind of organisation; the hours voluntary,
/// community and social enterprise (VCSE) organisations used, booked and under licence; income to local sellers and its
/// share; and the VCSE and SME shares of sellers. Built from the same roll-ups as the usage and market reports.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SocialValueStatement(
    string TrustId,
    string TrustName,
    FinancialQuarter Quarter,
    int Sites,
    UsageTotals Usage,
    MarketTotals Markets)
{
    /// <summary>Registered charities and community groups are the VCSE organisations that book space.</summary>
    public static readonly IReadOnlySet<OrganisationKind> VcseKinds = new HashSet<OrganisationKind> { OrganisationKind.RegisteredCharity, OrganisationKind.CommunityGroup };

    public long InKindPence => Usage.TotalInKindPence;

    public long VcseBookedMinutes => Usage.BookedMinutes.Where(kv => VcseKinds.Contains(kv.Key)).Sum(kv => kv.Value);

    /// <summary>Booked by VCSE organisations plus held under licence by co-located charities.</summary>
    public long VcseMinutes => VcseBookedMinutes + Usage.LicensedMinutes;

    public static decimal Hours(long minutes) => Math.Round(minutes / 60m, 1);
}
