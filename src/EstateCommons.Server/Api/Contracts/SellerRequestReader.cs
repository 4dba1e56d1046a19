using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>Turns the JSON shape of a seller's profile into the domain's, collecting every problem with a field name.</summary>
public static class SellerRequestReader
{
    public static SellerProfile? Read(SellerProfileRequest body, List<FieldError> errors)
    {
        if (!Enum.TryParse<SellerBusinessType>(body.BusinessType, ignoreCase: true, out var type) || !Enum.IsDefined(type))
        {
            errors.Add(new FieldError("businessType", $"Business type must be one of {string.Join(", ", Enum.GetNames<SellerBusinessType>())}."));
        }
        var postcode = body.Postcode ?? "";
        var needs = body.Needs ?? new NeedsDto();
        var profile = new SellerProfile(
            body.BusinessName?.Trim() ?? "",
            type,
            UkPostcode.IsValid(postcode) ? UkPostcode.Normalise(postcode) : postcode,
            new GeoPoint(body.Latitude ?? double.NaN, body.Longitude ?? double.NaN),
            (body.Categories ?? []).Select(c => c?.Trim().ToLowerInvariant() ?? "").Distinct().ToList(),
            new SellerNeeds(needs.Power, needs.Water, needs.CooksHotFood),
            body.PublicDescription?.Trim() ?? "",
            ReadCompliance(body.Compliance, errors));
        errors.AddRange(profile.Validate());
        return errors.Count > 0 ? null : profile;
    }

    private static SellerCompliance ReadCompliance(ComplianceDto? dto, List<FieldError> errors)
    {
        if (dto is null) return SellerCompliance.None;
        var registration = dto.Registration is { } r ? new FoodBusinessRegistration(r.Council?.Trim() ?? "", r.Reference?.Trim() ?? "") : null;
        PublicLiabilityInsurance? insurance = null;
        if (dto.Insurance is { } i)
        {
            if (!LocalClock.TryParseDate(i.Expires, out var expires))
            {
                errors.Add(new FieldError("compliance.insurance.expires", "Give the last day of cover as \"yyyy-MM-dd\"."));
            }
            insurance = new PublicLiabilityInsurance(i.Insurer?.Trim() ?? "", Money.Gbp(i.CoverPence ?? 0), expires);
        }
        return new SellerCompliance(registration, dto.HygieneRating, insurance);
    }
}
