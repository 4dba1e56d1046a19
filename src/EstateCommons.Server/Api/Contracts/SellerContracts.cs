using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Sellers;
using EstateCommons.GrainInterfaces.Sellers;

namespace EstateCommons.Server.Api.Contracts;

public sealed record NeedsDto(bool Power = false, bool Water = false, bool CooksHotFood = false);

public sealed record RegistrationDto(string? Council, string? Reference);

/// <summary>Public liability insurance: cover in pence, and the last day it is in force as "yyyy-MM-dd".</summary>
public sealed record InsuranceDto(string? Insurer, long? CoverPence, string? Expires);

public sealed record ComplianceDto(RegistrationDto? Registration, int? HygieneRating, InsuranceDto? Insurance);

/// <summary>The body of POST /api/sellers and PUT /api/sellers/{sellerId}: the whole profile, compliance parts optional.</summary>
public sealed record SellerProfileRequest(
    string? BusinessName,
    string? BusinessType,
    string? Postcode,
    double? Latitude,
    double? Longitude,
    List<string>? Categories,
    NeedsDto? Needs,
    string? PublicDescription,
    ComplianceDto? Compliance);

/// <summary>The form fields of a document upload (multipart/form-data): the kind, then the file.</summary>
public sealed record UploadDocumentForm(string Kind, IFormFile File);

public sealed record ComplianceWarningView(string Code, string Message);

public sealed record SellerDocumentView(string Id, string Kind, string FileName, string ContentType, long SizeInBytes, string UploadedAt)
{
    public static SellerDocumentView Of(SellerDocument d) =>
        new(d.DocumentId, d.Kind.ToString(), d.FileName, d.ContentType, d.SizeInBytes, TimeText.Instant(d.UploadedAt, SellerView.Zone));
}

public sealed record SellerDocumentList(IReadOnlyList<SellerDocumentView> Documents);

/// <summary>Everything about a seller, for its members and the people who vet it, with what needs attention today.</summary>
public sealed record SellerView(
    string Id,
    string BusinessName,
    string BusinessType,
    string Postcode,
    double Latitude,
    double Longitude,
    IReadOnlyList<string> Categories,
    NeedsDto Needs,
    string PublicDescription,
    ComplianceDto Compliance,
    IReadOnlyList<SellerDocumentView> Documents,
    IReadOnlyList<string> Members,
    IReadOnlyList<ComplianceWarningView> Warnings)
{
    /// <summary>Sellers trade at English hospital markets, so "today" for their paperwork is the date in London.</summary>
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static SellerView Of(SellerSnapshot s, Instant now)
    {
        var p = s.Profile;
        var c = p.Compliance;
        var compliance = new ComplianceDto(
            c.Registration is { } r ? new RegistrationDto(r.Council, r.Reference) : null,
            c.HygieneRating,
            c.Insurance is { } i ? new InsuranceDto(i.Insurer, i.Cover.MinorUnits, LocalClock.Format(i.Expires)) : null);
        return new SellerView(
            s.Id, p.BusinessName, p.BusinessType.ToString(), p.Postcode, p.Location.Latitude, p.Location.Longitude, p.Categories,
            new NeedsDto(p.Needs.Power, p.Needs.Water, p.Needs.CooksHotFood), p.PublicDescription, compliance,
            s.Documents.Select(SellerDocumentView.Of).ToList(), s.Members,
            c.WarningsOn(now.InZone(Zone).Date).Select(w => new ComplianceWarningView(w.Code, w.Message)).ToList());
    }
}

/// <summary>What anyone may see of a seller, for "what's on": no address, location, members or paperwork.</summary>
public sealed record PublicSellerView(string Id, string BusinessName, string BusinessType, IReadOnlyList<string> Categories, string PublicDescription)
{
    public static PublicSellerView Of(SellerSnapshot s) =>
        new(s.Id, s.Profile.BusinessName, s.Profile.BusinessType.ToString(), s.Profile.Categories, s.Profile.PublicDescription);
}
