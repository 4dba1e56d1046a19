using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Reporting;

namespace EstateCommons.Domain.Tests.Reporting;

/// <summary>
/// Four sellers at a market at Birmingham's Queen Elizabeth Hospital (52.4530, −1.9380). By great circle: Selly Oak
/// (52.4420, −1.9360) is 1.2 km away and Solihull (52.4118, −1.7780) 11.8 km; Coventry (52.4068, −1.5197) 29 km;
/// Harborne (52.4600, −1.9500) 1.1 km. So two of four are local (within 10 km), and of £1,000 + £600 + £400 + £300
/// reported, the local sellers (Selly Oak £1,000, Harborne £300) took £1,300 of £2,300: 56.5%.
/// </summary>
public sealed class MarketSellerMixTests
{
    private static readonly GeoPoint Hospital = new(52.4530, -1.9380);

    private static readonly (string SellerId, SellerBusinessType BusinessType, GeoPoint Location)[] Sellers =
    [
        ("selly-oak-veg", SellerBusinessType.Micro, new GeoPoint(52.4420, -1.9360)),
        ("solihull-cheese", SellerBusinessType.Small, new GeoPoint(52.4118, -1.7780)),
        ("coventry-bakery", SellerBusinessType.Medium, new GeoPoint(52.4068, -1.5197)),
        ("harborne-growers", SellerBusinessType.Vcse, new GeoPoint(52.4600, -1.9500)),
    ];

    private static readonly SellerTakings[] Takings =
    [
        new("selly-oak-veg", Money.Gbp(100_000)), new("solihull-cheese", Money.Gbp(60_000)),
        new("coventry-bakery", Money.Gbp(40_000)), new("harborne-growers", Money.Gbp(30_000)),
    ];

    private static IEnumerable<MarketDaySeller> SellerDays() =>
        Sellers.Select(s => MarketDaySeller.Of(s.SellerId, s.BusinessType, s.Location, Hospital, 10, Takings.Single(t => t.SellerId == s.SellerId).Takings));

    [Fact]
    public void A_seller_trading_on_several_days_is_counted_once_with_their_takings_summed()
    {
        var twice = SellerDays().Concat(SellerDays().Take(1));

        var mix = MarketSellerMix.Of(twice, TakingsViewer.Manager);

        Assert.Equal((4, 2), (mix.Sellers, mix.LocalSellers));
        Assert.Equal(330_000, mix.Takings.Total!.Value.MinorUnits);
        Assert.Equal(230_000, mix.LocalTakings.Total!.Value.MinorUnits);
    }

    [Fact]
    public void The_local_share_of_sellers_and_of_takings_follows_great_circle_distance()
    {
        Assert.InRange(GreatCircle.DistanceKm(Sellers[1].Location, Hospital), 10.5, 13);
        Assert.InRange(GreatCircle.DistanceKm(Sellers[0].Location, Hospital), 1, 1.5);

        var mix = MarketSellerMix.Of(SellerDays(), TakingsViewer.Manager);

        Assert.Equal((4, 2), (mix.Sellers, mix.LocalSellers));
        Assert.Equal(50.0m, mix.LocalSellerPercent);
        Assert.Equal(230_000, mix.Takings.Total!.Value.MinorUnits);
        Assert.Equal(130_000, mix.LocalTakings.Total!.Value.MinorUnits);
        Assert.Equal(56.5m, mix.LocalTakingsPercent);
        Assert.Equal((1, 3), (mix.VcseSellers, mix.SmeSellers));
    }

    [Fact]
    public void A_local_takings_figure_of_fewer_than_three_sellers_is_withheld_from_everyone_but_managers()
    {
        var mix = MarketSellerMix.Of(SellerDays(), TakingsViewer.Public);

        Assert.Equal(230_000, mix.Takings.Total!.Value.MinorUnits);
        Assert.True(mix.LocalTakings.IsWithheld);
        Assert.Null(mix.LocalTakingsPercent);
    }
}
