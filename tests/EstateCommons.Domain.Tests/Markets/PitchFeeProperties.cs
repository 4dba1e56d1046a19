using EstateCommons.Domain.Markets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EstateCommons.Domain.Tests.Markets;

/// <summary>A footfall fee is exactly its published formula, worked in whole pence.</summary>
public sealed class PitchFeeProperties
{
    public sealed record Case(long Visitors, long RatePence, long FloorPence, long CapPence, SellerBusinessType BusinessType, int ConcessionPercent)
    {
        public override string ToString() =>
            $"{Visitors} visitors at {RatePence}p/100, floor {FloorPence}p, cap {CapPence}p, {BusinessType} {ConcessionPercent}% off";
    }

    private static readonly Arbitrary<Case> Cases = Arb.From(
        from visitors in Gen.Choose(0, 200_000)
        from rate in Gen.Choose(0, 5_000)
        from floor in Gen.Choose(0, 50_000)
        from extra in Gen.Choose(0, 100_000)
        from businessType in Gen.Elements(Enum.GetValues<SellerBusinessType>())
        from concession in Gen.Elements(0, 10, 25, 33, 50, 100)
        select new Case(visitors, rate, floor, floor + extra, businessType, concession));

    // The formula as the market publishes it, in exact decimal arithmetic.
    private static long HalfUp(decimal value) => (long)Math.Floor(value + 0.5m);

    [Property]
    public Property A_footfall_fee_equals_clamp_of_the_rounded_rate_then_the_concession() =>
        Prop.ForAll(Cases, c =>
        {
            var concessions = new FeeConcessions(new Dictionary<SellerBusinessType, int> { [c.BusinessType] = c.ConcessionPercent });
            var fee = new PitchFee.Footfall(Money.Gbp(c.RatePence), Money.Gbp(c.FloorPence), Money.Gbp(c.CapPence), concessions);

            var calculation = fee.For(new FeeBasis(1, 3m, c.Visitors), c.BusinessType);

            var full = Math.Clamp(HalfUp(c.RatePence * (decimal)c.Visitors / 100m), c.FloorPence, c.CapPence);
            var charged = HalfUp(full * (100m - c.ConcessionPercent) / 100m);
            Assert.Equal(Money.Gbp(full), calculation.FullFee);
            Assert.Equal(Money.Gbp(charged), calculation.Charged);
            Assert.InRange(calculation.FullFee.MinorUnits, c.FloorPence, c.CapPence);
            Assert.InRange(calculation.Charged.MinorUnits, 0, calculation.FullFee.MinorUnits);
            Assert.Equal(c.Visitors, calculation.Footfall!.Visitors);
        });

    [Property]
    public Property More_visitors_never_lower_the_fee() =>
        Prop.ForAll(Cases, Gen.Choose(0, 10_000).ToArbitrary(), (c, more) =>
        {
            var fee = new PitchFee.Footfall(Money.Gbp(c.RatePence), Money.Gbp(c.FloorPence), Money.Gbp(c.CapPence), FeeConcessions.None);

            var fewer = fee.For(new FeeBasis(1, 3m, c.Visitors), c.BusinessType).Charged.MinorUnits;
            var busier = fee.For(new FeeBasis(1, 3m, c.Visitors + more), c.BusinessType).Charged.MinorUnits;

            Assert.True(busier >= fewer, $"{c.Visitors + more} visitors cost {busier}p, {c.Visitors} cost {fewer}p");
        });
}
