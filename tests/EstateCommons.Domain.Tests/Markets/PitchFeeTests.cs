using EstateCommons.Domain.Markets;

namespace EstateCommons.Domain.Tests.Markets;

public sealed class PitchFeeTests
{
    private static readonly FeeConcessions Concessions = new(new Dictionary<SellerBusinessType, int>
    {
        [SellerBusinessType.Vcse] = 100,
        [SellerBusinessType.SoleTrader] = 25,
    });

    private static readonly PitchFee FootfallFee = new PitchFee.Footfall(Money.Gbp(150), Floor: Money.Gbp(1_000), Cap: Money.Gbp(6_000), Concessions);

    [Fact]
    public void A_flat_fee_is_charged_for_each_pitch()
    {
        var fee = new PitchFee.Flat(Money.Gbp(2_500), FeeConcessions.None);

        var calculation = fee.For(new FeeBasis(Pitches: 2, FrontageMetres: 6m, Visitors: 0), SellerBusinessType.Small);

        Assert.Equal(Money.Gbp(5_000), calculation.Charged);
        Assert.Equal(PitchFeeKind.Flat, calculation.Kind);
        Assert.Null(calculation.Footfall);
    }

    [Fact]
    public void A_frontage_fee_is_charged_on_the_width_of_all_the_sellers_pitches()
    {
        var fee = new PitchFee.PerMetreFrontage(Money.Gbp(800), FeeConcessions.None);
        var pitches = new[] { Market.Pitch("A1", width: 3m), Market.Pitch("A2", width: 2.5m) };

        var calculation = fee.For(FeeBasis.For(pitches, visitors: 0), SellerBusinessType.Micro);

        Assert.Equal(5.5m, calculation.Basis.FrontageMetres);
        Assert.Equal(Money.Gbp(4_400), calculation.Charged);
    }

    [Theory]
    [InlineData(333, "1.5", 500)] // 499.5p rounds up
    [InlineData(333, "1.4985", 499)] // 499.0005p rounds down
    [InlineData(101, "2.5", 253)] // 252.5p rounds up
    [InlineData(1, "0.49", 0)]
    [InlineData(1, "0.5", 1)]
    public void A_frontage_fee_rounds_half_a_penny_up(long perMetrePence, string metres, long expectedPence)
    {
        var fee = new PitchFee.PerMetreFrontage(Money.Gbp(perMetrePence), FeeConcessions.None);

        var calculation = fee.For(new FeeBasis(1, decimal.Parse(metres, System.Globalization.CultureInfo.InvariantCulture), 0), SellerBusinessType.Small);

        Assert.Equal(expectedPence, calculation.Charged.MinorUnits);
    }

    [Theory]
    [InlineData(150, 1_001, 1_502)] // 1501.5p rounds up
    [InlineData(150, 1_003, 1_505)] // 1504.5p rounds up
    [InlineData(149, 1_001, 1_491)] // 1491.49p rounds down
    [InlineData(1, 50, 1)] // half a penny rounds up
    [InlineData(1, 49, 0)]
    public void A_footfall_fee_rounds_half_a_penny_up_before_the_limits(long ratePence, long visitors, long expectedUncapped)
    {
        var fee = new PitchFee.Footfall(Money.Gbp(ratePence), Money.Gbp(0), Money.Gbp(1_000_000), FeeConcessions.None);

        var calculation = fee.For(new FeeBasis(1, 3m, visitors), SellerBusinessType.Small);

        Assert.Equal(expectedUncapped, calculation.Footfall!.Uncapped.MinorUnits);
        Assert.Equal(expectedUncapped, calculation.Charged.MinorUnits);
    }

    [Fact]
    public void A_seller_can_see_the_footfall_figure_and_rate_behind_their_fee()
    {
        var calculation = FootfallFee.For(new FeeBasis(1, 3m, Visitors: 2_400), SellerBusinessType.Small);

        Assert.Equal(new FootfallFeeWorking(2_400, Money.Gbp(150), Money.Gbp(3_600), Money.Gbp(1_000), Money.Gbp(6_000), FootfallLimit.None),
            calculation.Footfall);
        Assert.Equal(Money.Gbp(3_600), calculation.Charged);
    }

    [Fact]
    public void A_quiet_day_is_charged_the_floor_and_a_busy_day_no_more_than_the_cap()
    {
        var quiet = FootfallFee.For(new FeeBasis(1, 3m, Visitors: 300), SellerBusinessType.Small);
        var busy = FootfallFee.For(new FeeBasis(1, 3m, Visitors: 9_000), SellerBusinessType.Small);

        Assert.Equal((Money.Gbp(1_000), FootfallLimit.Floor, Money.Gbp(450)), (quiet.Charged, quiet.Footfall!.Applied, quiet.Footfall.Uncapped));
        Assert.Equal((Money.Gbp(6_000), FootfallLimit.Cap, Money.Gbp(13_500)), (busy.Charged, busy.Footfall!.Applied, busy.Footfall.Uncapped));
    }

    [Fact]
    public void A_vcse_trades_free_but_the_full_fee_is_still_shown()
    {
        var calculation = FootfallFee.For(new FeeBasis(1, 3m, Visitors: 2_400), SellerBusinessType.Vcse);

        Assert.Equal(Money.Gbp(0), calculation.Charged);
        Assert.Equal(Money.Gbp(3_600), calculation.FullFee);
        Assert.Equal(Money.Gbp(3_600), calculation.Waived);
        Assert.Equal(100, calculation.ConcessionPercent);
    }

    [Fact]
    public void A_concession_applies_after_the_floor_and_rounds_half_up()
    {
        // The floor of £10.01 less 25% is 750.75p, charged as 751p.
        var fee = new PitchFee.Footfall(Money.Gbp(150), Money.Gbp(1_001), Money.Gbp(6_000), Concessions);

        var calculation = fee.For(new FeeBasis(1, 3m, Visitors: 10), SellerBusinessType.SoleTrader);

        Assert.Equal(Money.Gbp(751), calculation.Charged);
        Assert.Equal(FootfallLimit.Floor, calculation.Footfall!.Applied);
    }

    [Fact]
    public void A_fee_with_a_cap_below_its_floor_mixed_currencies_or_a_concession_over_100_percent_is_rejected()
    {
        var fee = new PitchFee.Footfall(Money.Gbp(150), Money.Gbp(5_000), new Money(1_000, "EUR"),
            new FeeConcessions(new Dictionary<SellerBusinessType, int> { [SellerBusinessType.Vcse] = 120 }));

        var fields = fee.Validate().Select(e => e.Field).ToList();

        Assert.Equal(["fee.concessions.Vcse", "fee.cap", "fee.currency"], fields);
        Assert.Throws<InvalidOperationException>(() => fee.For(new FeeBasis(1, 3m, 100), SellerBusinessType.Small));
        Assert.Empty(FootfallFee.Validate());
    }
}
