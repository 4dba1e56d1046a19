using EstateCommons.Domain.Sellers;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// A trading seller's fee for the day with its working, or why it cannot be worked out yet (a footfall fee waits for
/// the day's count once the market has closed).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SellerFee(string SellerId, IReadOnlyList<string> PitchIds, FeeCalculation? Calculation, string? PendingBecause);

public static class MarketDayFees
{
    public const string AwaitingFootfall = "A footfall-based fee is worked out from the day's visitor count once the market has closed.";

    /// <summary>
    /// The fee of every seller holding confirmed pitches. Absent sellers owe nothing here; <paramref name="visitors"/> is
    /// the day's footfall within opening hours, or null while the market has not closed.
    /// </summary>
    public static IReadOnlyList<SellerFee> For(MarketDay day, MarketDefinition market, IReadOnlyDictionary<string, SellerBusinessType> businessTypes, long? visitors)
    {
        var pitches = market.Layout.Pitches.ToDictionary(p => p.Id);
        return day.Traders()
            .Select(holding =>
            {
                if (market.Fee.Kind == PitchFeeKind.Footfall && visitors is null) return new SellerFee(holding.SellerId, holding.PitchIds, null, AwaitingFootfall);
                var basis = FeeBasis.For(holding.PitchIds.Select(id => pitches[id]).ToList(), visitors ?? 0);
                return new SellerFee(holding.SellerId, holding.PitchIds, market.Fee.For(basis, businessTypes[holding.SellerId]), null);
            })
            .ToList();
    }
}
