namespace EstateCommons.Domain;

/// <summary>An amount of money in integer minor units (pence for GBP) with its ISO 4217 currency.</summary>
[GenerateSerializer, Immutable]
public readonly record struct Money(long MinorUnits, string Currency)
{
    public const string PoundSterling = "GBP";

    public static Money Gbp(long pence) => new(pence, PoundSterling);

    public static Money Zero(string currency) => new(0, currency);

    public Money Minus(Money other)
    {
        if (other.Currency != Currency)
        {
            throw new InvalidOperationException($"Cannot subtract {other.Currency} from {Currency}.");
        }
        return this with { MinorUnits = MinorUnits - other.MinorUnits };
    }

    public override string ToString() => $"{MinorUnits} {Currency} minor units";
}
