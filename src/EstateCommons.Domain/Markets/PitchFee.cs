using System.Text.Json.Serialization;

namespace EstateCommons.Domain.Markets;

/// <summary>How a market charges for its pitches.</summary>
public enum PitchFeeKind
{
    Flat,
    PerMetreFrontage,
    Footfall,
}

/// <summary>
/// What a market charges a seller for a day's trading, less any concession for the seller's kind of business.
/// Every amount is worked in whole minor units and each division rounds half up, so the same inputs always give
/// the same penny.
/// </summary>
/// <remarks>
/// The JSON type names let a market's fee be stored and read back as the right kind; they are part of the stored form,
/// so they must not change.
/// </remarks>
[GenerateSerializer, Immutable]
[JsonDerivedType(typeof(Flat), "flat")]
[JsonDerivedType(typeof(PerMetreFrontage), "perMetreFrontage")]
[JsonDerivedType(typeof(Footfall), "footfall")]
public abstract record PitchFee
{
    public abstract PitchFeeKind Kind { get; }

    public abstract FeeConcessions Concessions { get; init; }

    protected abstract string Currency { get; }

    public FeeCalculation For(FeeBasis basis, SellerBusinessType businessType)
    {
        if (Validate().FirstOrDefault() is { } invalid) throw new InvalidOperationException(invalid.Message);
        if (basis.Validate().FirstOrDefault() is { } error) throw new ArgumentException(error.Message, nameof(basis));
        var (full, footfall) = FullFee(basis);
        return new FeeCalculation(Kind, full, Concessions.Apply(full, businessType), businessType,
            Concessions.PercentFor(businessType), basis, footfall);
    }

    public IEnumerable<FieldError> Validate() => Concessions.Validate().Concat(ValidateAmounts());

    protected abstract (Money Full, FootfallFeeWorking? Footfall) FullFee(FeeBasis basis);

    protected abstract IEnumerable<FieldError> ValidateAmounts();

    internal static long RoundHalfUp(long numerator, long denominator) => (numerator + denominator / 2) / denominator;

    private static IEnumerable<FieldError> NotNegative(string field, Money amount)
    {
        if (amount.MinorUnits < 0) yield return new FieldError(field, "An amount cannot be negative.");
    }

    /// <summary>The same amount for each pitch the seller trades from.</summary>
    [GenerateSerializer, Immutable]
    public sealed record Flat(Money PerPitch, FeeConcessions Concessions) : PitchFee
    {
        public override PitchFeeKind Kind => PitchFeeKind.Flat;

        protected override string Currency => PerPitch.Currency;

        protected override (Money, FootfallFeeWorking?) FullFee(FeeBasis basis) =>
            (PerPitch with { MinorUnits = checked(PerPitch.MinorUnits * basis.Pitches) }, null);

        protected override IEnumerable<FieldError> ValidateAmounts() => NotNegative("fee.perPitch", PerPitch);
    }

    /// <summary>An amount per metre of frontage (the width of the seller's pitches), rounded half up to the minor unit.</summary>
    [GenerateSerializer, Immutable]
    public sealed record PerMetreFrontage(Money PerMetre, FeeConcessions Concessions) : PitchFee
    {
        public override PitchFeeKind Kind => PitchFeeKind.PerMetreFrontage;

        protected override string Currency => PerMetre.Currency;

        // Both factors are non-negative, so rounding away from zero is rounding half up.
        protected override (Money, FootfallFeeWorking?) FullFee(FeeBasis basis) =>
            (PerMetre with { MinorUnits = (long)Math.Round(PerMetre.MinorUnits * basis.FrontageMetres, MidpointRounding.AwayFromZero) }, null);

        protected override IEnumerable<FieldError> ValidateAmounts() => NotNegative("fee.perMetre", PerMetre);
    }

    /// <summary>
    /// A rate per hundred visitors on the day, rounded half up to the minor unit, then held between a floor and a cap:
    /// clamp(round_half_up(rate × visitors / 100), floor, cap).
    /// </summary>
    [GenerateSerializer, Immutable]
    public sealed record Footfall(Money RatePerHundredVisitors, Money Floor, Money Cap, FeeConcessions Concessions) : PitchFee
    {
        public override PitchFeeKind Kind => PitchFeeKind.Footfall;

        protected override string Currency => RatePerHundredVisitors.Currency;

        protected override (Money, FootfallFeeWorking?) FullFee(FeeBasis basis)
        {
            var uncapped = RatePerHundredVisitors with { MinorUnits = RoundHalfUp(checked(RatePerHundredVisitors.MinorUnits * basis.Visitors), 100) };
            var (full, applied) = uncapped.MinorUnits < Floor.MinorUnits ? (Floor, FootfallLimit.Floor)
                : uncapped.MinorUnits > Cap.MinorUnits ? (Cap, FootfallLimit.Cap)
                : (uncapped, FootfallLimit.None);
            return (full, new FootfallFeeWorking(basis.Visitors, RatePerHundredVisitors, uncapped, Floor, Cap, applied));
        }

        protected override IEnumerable<FieldError> ValidateAmounts()
        {
            foreach (var error in NotNegative("fee.ratePerHundredVisitors", RatePerHundredVisitors)) yield return error;
            foreach (var error in NotNegative("fee.floor", Floor)) yield return error;
            if (Floor.MinorUnits > Cap.MinorUnits) yield return new FieldError("fee.cap", "The cap must be at least the floor.");
            if (Floor.Currency != Currency || Cap.Currency != Currency)
            {
                yield return new FieldError("fee.currency", "The rate, floor and cap must be in the same currency.");
            }
        }
    }
}
