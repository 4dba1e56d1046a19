using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Reporting;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>Time used by voluntary, community and social enterprise organisations: booked, under licence, and both in hours.</summary>
public sealed record VcseTimeView(long BookedMinutes, long LicensedMinutes, long Minutes, decimal Hours);

/// <summary>A trust's social-value statement for a financial quarter, as raw quantities.</summary>
public sealed record SocialValueView(
    string TrustId,
    string TrustName,
    string Quarter,
    string QuarterLabel,
    string From,
    string To,
    int Sites,
    long InKindPence,
    IReadOnlyDictionary<string, long> InKindPenceByOrganisationKind,
    VcseTimeView VcseTime,
    UsageTotalsView Usage,
    MarketTotalsView Markets)
{
    public static SocialValueView Of(SocialValueStatement s)
    {
        var usage = UsageTotalsView.Of(s.Usage);
        return new SocialValueView(
            s.TrustId, s.TrustName, s.Quarter.Code, s.Quarter.Label, LocalClock.Format(s.Quarter.First), LocalClock.Format(s.Quarter.Last), s.Sites,
            s.InKindPence, usage.InKindPenceByOrganisationKind,
            new VcseTimeView(s.VcseBookedMinutes, s.Usage.LicensedMinutes, s.VcseMinutes, SocialValueStatement.Hours(s.VcseMinutes)),
            usage, MarketTotalsView.Of(s.Markets));
    }
}
