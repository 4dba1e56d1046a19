using EstateCommons.Domain.Estate;

namespace EstateCommons.Reporting.Benchmarks;

/// <summary>A generated site: its trust, id and where it stands (somewhere in England, for the sellers' distances).</summary>
public sealed record BenchSite(string TrustId, string Id, int Number, GeoPoint Location);

/// <summary>
/// The estate to generate: one large trust (the one whose report is timed), then trusts of a few dozen sites each up
/// to the whole estate's count.
/// </summary>
public sealed record EstateLayout(string LargeTrustId, IReadOnlyList<string> TrustIds, IReadOnlyList<BenchSite> Sites)
{
    public static EstateLayout For(ReportOptions options)
    {
        const string large = "large-trust";
        var trusts = new List<string> { large };
        var sites = new List<BenchSite>(options.EstateSites);
        var random = new Random(2027);
        for (var n = 0; n < options.EstateSites; n++)
        {
            var trust = n < options.TrustSites ? large : $"trust-{(n - options.TrustSites) / options.SitesPerTrust:D3}";
            if (trust != trusts[^1]) trusts.Add(trust);
            sites.Add(new BenchSite(trust, $"site-{n:D5}", n, new GeoPoint(50.6 + 3.8 * random.NextDouble(), -3.5 + 3.6 * random.NextDouble())));
        }
        return new EstateLayout(large, trusts, sites);
    }
}
