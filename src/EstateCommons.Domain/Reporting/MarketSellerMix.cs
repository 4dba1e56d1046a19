using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;

namespace EstateCommons.Domain.Reporting;

/// <summary>A seller who traded, as the social-value figures count them: their kind of business and where they are.</summary>
[GenerateSerializer, Immutable]
public sealed record TradingSeller(string SellerId, SellerBusinessType BusinessType, GeoPoint Location);

/// <summary>
/// Who sold at a market (or a trust's markets over a period) and where the money went: how many sellers traded, how many
/// are local (within the anchor-area radius of the site, by great-circle distance), how many are VCSE and how many
/// small businesses, and the takings they reported — in total and from local sellers — each withheld where it would
/// cover fewer than three sellers' takings (<see cref="TakingsDisclosure"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MarketSellerMix(
    int Sellers,
    int LocalSellers,
    IReadOnlyDictionary<SellerBusinessType, int> ByBusinessType,
    TakingsAggregate Takings,
    TakingsAggregate LocalTakings)
{
    /// <summary>Small and medium-sized enterprises, as the NHS counts them: sole traders, micro, small and medium businesses.</summary>
    public int SmeSellers => ByBusinessType.Where(kv => kv.Key != SellerBusinessType.Vcse).Sum(kv => kv.Value);

    public int VcseSellers => ByBusinessType.GetValueOrDefault(SellerBusinessType.Vcse);

    public decimal LocalSellerPercent => Percent(LocalSellers, Sellers);

    public decimal VcsePercent => Percent(VcseSellers, Sellers);

    public decimal SmePercent => Percent(SmeSellers, Sellers);

    /// <summary>The local sellers' share of reported takings, or null where either figure is withheld or nothing was reported.</summary>
    public decimal? LocalTakingsPercent =>
        Takings.Total is { MinorUnits: > 0 } total && LocalTakings.Total is { } local ? Math.Round(100m * local.MinorUnits / total.MinorUnits, 1) : null;

    public static MarketSellerMix Of(IReadOnlyCollection<TradingSeller> sellers, IReadOnlyCollection<SellerTakings> takings, GeoPoint site, double localRadiusKm, TakingsViewer viewer)
    {
        var local = sellers.Where(s => GreatCircle.DistanceKm(s.Location, site) <= localRadiusKm).Select(s => s.SellerId).ToHashSet(StringComparer.Ordinal);
        return new MarketSellerMix(
            sellers.Count,
            local.Count,
            sellers.GroupBy(s => s.BusinessType).ToDictionary(g => g.Key, g => g.Count()),
            TakingsDisclosure.Aggregate(takings, viewer),
            TakingsDisclosure.Aggregate(takings.Where(t => local.Contains(t.SellerId)).ToList(), viewer));
    }

    private static decimal Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1);
}
