using EstateCommons.Domain.Organisations;
using NodaTime;

namespace EstateCommons.Domain.Spaces;

/// <summary>
/// An hourly rate and a concession per organisation kind, as a percentage off (100 = free).
/// The full-rate value is kept beside the charge because the difference is the space given to the community.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Pricing(long HourlyRateMinorUnits, string Currency, IReadOnlyDictionary<OrganisationKind, int> ConcessionPercent)
{
    public static readonly Pricing Free = new(0, Money.PoundSterling, new Dictionary<OrganisationKind, int>());

    public int ConcessionFor(OrganisationKind kind) => ConcessionPercent.TryGetValue(kind, out var percent) ? percent : 0;

    /// <summary>Prices elapsed time to the minute; pennies round half up, at each step.</summary>
    public BookingPrice PriceFor(Duration length, OrganisationKind kind)
    {
        var minutes = (long)Math.Ceiling(length.TotalMinutes);
        var full = RoundHalfUp(HourlyRateMinorUnits * minutes, 60);
        var charged = RoundHalfUp(full * (100 - ConcessionFor(kind)), 100);
        return new BookingPrice(new Money(full, Currency), new Money(charged, Currency), ConcessionFor(kind));
    }

    public IEnumerable<FieldError> Validate()
    {
        if (HourlyRateMinorUnits < 0) yield return new FieldError("pricing.hourlyRatePence", "The hourly rate cannot be negative.");
        if (HourlyRateMinorUnits > 100_000_00) yield return new FieldError("pricing.hourlyRatePence", "The hourly rate is implausibly high (over £100,000).");
        foreach (var (kind, percent) in ConcessionPercent)
        {
            if (percent is < 0 or > 100) yield return new FieldError($"pricing.concessions.{kind}", "A concession is a percentage from 0 to 100.");
        }
    }

    private static long RoundHalfUp(long numerator, long denominator) => (numerator + denominator / 2) / denominator;
}
