namespace EstateCommons.Domain.Markets;

/// <summary>A percentage off the pitch fee for each kind of seller business (100 = free); kinds not listed pay in full.</summary>
[GenerateSerializer, Immutable]
public sealed record FeeConcessions(IReadOnlyDictionary<SellerBusinessType, int> PercentOff)
{
    public static readonly FeeConcessions None = new(new Dictionary<SellerBusinessType, int>());

    public int PercentFor(SellerBusinessType businessType) => PercentOff.TryGetValue(businessType, out var percent) ? percent : 0;

    /// <summary>The fee after the concession, rounded half up to the minor unit.</summary>
    public Money Apply(Money fullFee, SellerBusinessType businessType) =>
        fullFee with { MinorUnits = PitchFee.RoundHalfUp(fullFee.MinorUnits * (100 - PercentFor(businessType)), 100) };

    public IEnumerable<FieldError> Validate()
    {
        foreach (var (businessType, percent) in PercentOff)
        {
            if (percent is < 0 or > 100) yield return new FieldError($"fee.concessions.{businessType}", "A concession is a percentage from 0 to 100.");
        }
    }
}
