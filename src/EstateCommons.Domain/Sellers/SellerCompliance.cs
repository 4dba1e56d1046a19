using NodaTime;

namespace EstateCommons.Domain.Sellers;

/// <summary>
/// The paperwork a market checks before letting a seller trade: registration of the food business with its council,
/// the food hygiene rating (0–5, where the council has inspected), and public liability insurance.
/// Any of them may be missing while a seller is still setting up.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SellerCompliance(
    FoodBusinessRegistration? Registration,
    int? HygieneRating,
    PublicLiabilityInsurance? Insurance)
{
    public static readonly SellerCompliance None = new(null, null, null);

    /// <summary>Insured through the whole market day.</summary>
    public bool InsuredOn(LocalDate day) => Insurance is { } insurance && insurance.Expires >= day;

    public IEnumerable<FieldError> Validate()
    {
        if (HygieneRating is < 0 or > 5) yield return new FieldError("compliance.hygieneRating", "A food hygiene rating is 0 to 5.");
        if (Registration is { } registration)
        {
            if (string.IsNullOrWhiteSpace(registration.Council) || registration.Council.Length > 200) yield return new FieldError("compliance.registration.council", "Name the council the food business is registered with.");
            if (string.IsNullOrWhiteSpace(registration.Reference) || registration.Reference.Length > 100) yield return new FieldError("compliance.registration.reference", "Give the council's registration reference.");
        }
        if (Insurance is { } insurance)
        {
            if (string.IsNullOrWhiteSpace(insurance.Insurer) || insurance.Insurer.Length > 200) yield return new FieldError("compliance.insurance.insurer", "Name the insurer.");
            if (insurance.Cover.MinorUnits <= 0) yield return new FieldError("compliance.insurance.coverPence", "Give the amount of cover in pence, such as 500000000 for £5m.");
        }
    }
}

/// <summary>A food business's registration with its local council.</summary>
[GenerateSerializer, Immutable]
public sealed record FoodBusinessRegistration(string Council, string Reference);

/// <summary>Public liability insurance: who provides it, how much cover, and the last day it is in force.</summary>
[GenerateSerializer, Immutable]
public sealed record PublicLiabilityInsurance(string Insurer, Money Cover, LocalDate Expires);
