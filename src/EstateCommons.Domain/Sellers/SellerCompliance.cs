using EstateCommons.Domain.Calendar;
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

    /// <summary>How far ahead a seller is told their insurance is ending: time to renew before the next market day.</summary>
    public const int RenewalNoticeDays = 30;

    /// <summary>Insured through the whole market day.</summary>
    public bool InsuredOn(LocalDate day) => Insurance is { } insurance && insurance.Expires >= day;

    /// <summary>What needs attention on <paramref name="today"/>: insurance that is missing, has ended, or ends within <see cref="RenewalNoticeDays"/> days.</summary>
    public IReadOnlyList<ComplianceWarning> WarningsOn(LocalDate today)
    {
        if (Insurance is not { } insurance)
        {
            return [new(ComplianceWarning.InsuranceMissing, "Add your public liability insurance: markets need it before you can trade.")];
        }
        var expires = LocalClock.Format(insurance.Expires);
        if (!InsuredOn(today))
        {
            return [new(ComplianceWarning.InsuranceExpired, $"Your public liability insurance ended on {expires}. Renew it and update your details.")];
        }
        var daysLeft = Period.Between(today, insurance.Expires, PeriodUnits.Days).Days;
        if (daysLeft > RenewalNoticeDays) return [];
        var when = daysLeft switch { 0 => "today", 1 => "tomorrow", _ => $"in {daysLeft} days" };
        return [new(ComplianceWarning.InsuranceExpiring, $"Your public liability insurance ends on {expires}, {when}. Renew it before then.")];
    }

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
