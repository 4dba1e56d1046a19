using EstateCommons.Domain.Sellers;

namespace EstateCommons.Domain.Tests.Sellers;

/// <summary>A seller is told in time to renew their public liability insurance, which markets check before trading.</summary>
public sealed class InsuranceWarningTests
{
    private static readonly LocalDate Today = new(2026, 11, 23);

    private static SellerCompliance InsuredUntil(LocalDate lastDay) =>
        new(null, 5, new PublicLiabilityInsurance("Market Traders Mutual", Money.Gbp(500_000_000), lastDay));

    [Fact]
    public void A_seller_without_insurance_is_asked_to_add_it()
    {
        var warning = Assert.Single(SellerCompliance.None.WarningsOn(Today));

        Assert.Equal(ComplianceWarning.InsuranceMissing, warning.Code);
    }

    [Fact]
    public void Insurance_whose_last_day_was_yesterday_has_expired()
    {
        var warning = Assert.Single(InsuredUntil(Today.PlusDays(-1)).WarningsOn(Today));

        Assert.Equal(ComplianceWarning.InsuranceExpired, warning.Code);
        Assert.Contains("2026-11-22", warning.Message);
    }

    [Theory]
    [InlineData(0, "today")]
    [InlineData(1, "tomorrow")]
    [InlineData(30, "in 30 days")]
    public void Insurance_ending_within_thirty_days_is_flagged_for_renewal(int daysLeft, string when)
    {
        var warning = Assert.Single(InsuredUntil(Today.PlusDays(daysLeft)).WarningsOn(Today));

        Assert.Equal(ComplianceWarning.InsuranceExpiring, warning.Code);
        Assert.Contains(when, warning.Message);
    }

    [Fact]
    public void Insurance_running_more_than_thirty_days_needs_nothing()
    {
        Assert.Empty(InsuredUntil(Today.PlusDays(31)).WarningsOn(Today));
    }
}
