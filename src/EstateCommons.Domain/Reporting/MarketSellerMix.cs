using EstateCommons.Domain.Markets;

namespace EstateCommons.Domain.Reporting;

/// <summary>
/// Who sold at a market (or a trust's markets over a period) and where the money went: how many different sellers
/// traded, how many are local, VCSE and small businesses, and the takings they reported — in total and from local
/// sellers — each withheld where it would cover fewer than three sellers' takings (<see cref="TakingsDisclosure"/>).
/// A seller trading on many days is one seller; they count as local if they were local to any market they traded at.
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

    public decimal LocalSellerPercent => UsageTotals.Percent(LocalSellers, Sellers);

    public decimal VcsePercent => UsageTotals.Percent(VcseSellers, Sellers);

    public decimal SmePercent => UsageTotals.Percent(SmeSellers, Sellers);

    /// <summary>The local sellers' share of reported takings, or null where either figure is withheld or nothing was reported.</summary>
    public decimal? LocalTakingsPercent =>
        Takings.Total is { MinorUnits: > 0 } total && LocalTakings.Total is { } local ? Math.Round(100m * local.MinorUnits / total.MinorUnits, 1) : null;

    /// <summary>The mix of the sellers over some market days (a seller once per day they traded).</summary>
    public static MarketSellerMix Of(IEnumerable<MarketDaySeller> sellerDays, TakingsViewer viewer)
    {
        var bySeller = sellerDays.GroupBy(s => s.SellerId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, g.Last().BusinessType, IsLocal: g.Any(s => s.IsLocal), Takings: g.Where(s => s.Takings is not null).Select(s => s.Takings!.Value).ToList()))
            .ToList();
        var takings = bySeller.Where(s => s.Takings.Count > 0).Select(s => new SellerTakings(s.Id, Sum(s.Takings))).ToList();
        var local = bySeller.Where(s => s.IsLocal).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return new MarketSellerMix(
            bySeller.Count,
            local.Count,
            bySeller.GroupBy(s => s.BusinessType).ToDictionary(g => g.Key, g => g.Count()),
            TakingsDisclosure.Aggregate(takings, viewer),
            TakingsDisclosure.Aggregate(takings.Where(t => local.Contains(t.SellerId)).ToList(), viewer));
    }

    private static Money Sum(List<Money> amounts) => new(amounts.Sum(m => m.MinorUnits), amounts[0].Currency);
}
