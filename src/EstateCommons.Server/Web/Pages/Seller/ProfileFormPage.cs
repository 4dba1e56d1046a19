using System.Globalization;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Sellers;
using EstateCommons.Server.Api.Contracts;
using EstateCommons.Server.Web.Pages.Charity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Seller;

/// <summary>
/// The seller profile form shared by registering a business and editing it. What is typed becomes the API's
/// <see cref="SellerProfileRequest"/> and is read by the API's <see cref="SellerRequestReader"/>, so the pages and the
/// API accept and refuse exactly the same profiles; each refusal is put next to the field that caused it.
/// </summary>
public abstract class ProfileFormPage : PageModel
{
    /// <summary>The form's fields in the order they appear, each with the API's name for it and, where the API's words assume JSON, the page's own.</summary>
    private static readonly (string Field, string Property, string? PageMessage)[] Fields =
    [
        ("businessName", nameof(BusinessName), null),
        ("businessType", nameof(BusinessType), "Choose the type of business."),
        ("postcode", nameof(Postcode), null),
        ("latitude", nameof(Latitude), "Give the latitude, a number between -90 and 90, such as 52.4508."),
        ("longitude", nameof(Longitude), "Give the longitude, a number between -180 and 180, such as -1.9305."),
        ("categories", nameof(Categories), null),
        ("publicDescription", nameof(PublicDescription), null),
        ("compliance.registration.council", nameof(Council), null),
        ("compliance.registration.reference", nameof(Reference), null),
        ("compliance.hygieneRating", nameof(HygieneRating), null),
        ("compliance.insurance.insurer", nameof(Insurer), null),
        ("compliance.insurance.coverPence", nameof(CoverPounds), "Give the amount of cover in pounds, such as 5000000 for £5 million."),
        ("compliance.insurance.expires", nameof(InsuranceExpires), "Give the last day of cover as a real date, such as 31 3 2027."),
    ];

    [BindProperty]
    public string? BusinessName { get; set; }

    [BindProperty]
    public string? BusinessType { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    [BindProperty]
    public string? Latitude { get; set; }

    [BindProperty]
    public string? Longitude { get; set; }

    [BindProperty]
    public string? Categories { get; set; }

    [BindProperty]
    public bool Power { get; set; }

    [BindProperty]
    public bool Water { get; set; }

    [BindProperty]
    public bool CooksHotFood { get; set; }

    [BindProperty]
    public string? PublicDescription { get; set; }

    [BindProperty]
    public string? Council { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public string? HygieneRating { get; set; }

    [BindProperty]
    public string? Insurer { get; set; }

    [BindProperty]
    public string? CoverPounds { get; set; }

    [BindProperty]
    public DateParts InsuranceExpires { get; set; } = new();

    /// <summary>Fills the form from a stored profile, for editing.</summary>
    protected void Show(SellerProfile profile)
    {
        BusinessName = profile.BusinessName;
        BusinessType = profile.BusinessType.ToString();
        Postcode = profile.Postcode;
        Latitude = profile.Location.Latitude.ToString(CultureInfo.InvariantCulture);
        Longitude = profile.Location.Longitude.ToString(CultureInfo.InvariantCulture);
        Categories = string.Join(", ", profile.Categories);
        (Power, Water, CooksHotFood) = (profile.Needs.Power, profile.Needs.Water, profile.Needs.CooksHotFood);
        PublicDescription = profile.PublicDescription;
        var compliance = profile.Compliance;
        (Council, Reference) = (compliance.Registration?.Council, compliance.Registration?.Reference);
        HygieneRating = compliance.HygieneRating?.ToString(CultureInfo.InvariantCulture);
        if (compliance.Insurance is { } insurance)
        {
            Insurer = insurance.Insurer;
            CoverPounds = (insurance.Cover.MinorUnits / 100m).ToString("0.##", CultureInfo.InvariantCulture);
            InsuranceExpires = DateParts.Of(insurance.Expires);
        }
    }

    /// <summary>The profile as typed, or null with every problem against its field in model state.</summary>
    protected SellerProfile? ReadProfile()
    {
        var errors = new List<FieldError>();
        var profile = SellerRequestReader.Read(AsRequest(), errors);
        Refuse(errors);
        return errors.Count == 0 ? profile : null;
    }

    /// <summary>Puts the API's field errors against the form's fields, top to bottom, in the page's words where they differ.</summary>
    protected void Refuse(IEnumerable<FieldError> errors)
    {
        foreach (var error in errors.OrderBy(e => Array.FindIndex(Fields, f => f.Field == e.Field) is var i and >= 0 ? i : int.MaxValue))
        {
            var field = Array.Find(Fields, f => f.Field == error.Field);
            if (field.Property is null) ModelState.AddModelError("", error.Message);
            else if (ModelState[field.Property] is not { Errors.Count: > 0 }) ModelState.AddModelError(field.Property, field.PageMessage ?? error.Message);
        }
    }

    private SellerProfileRequest AsRequest() => new(
        BusinessName,
        BusinessType,
        Postcode,
        Number(Latitude),
        Number(Longitude),
        (Categories ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
        new NeedsDto(Power, Water, CooksHotFood),
        PublicDescription,
        new ComplianceDto(
            Blank(Council) && Blank(Reference) ? null : new RegistrationDto(Council, Reference),
            Rating(HygieneRating),
            Blank(Insurer) && Blank(CoverPounds) && InsuranceExpires.IsEmpty ? null : new InsuranceDto(Insurer, Pence(CoverPounds), Expires())));

    private string? Expires() => InsuranceExpires.Read() is { } date ? LocalClock.Format(date) : "";

    // Anything typed that is not a rating is sent as one out of range, so it is refused rather than read as "not inspected".
    private static int? Rating(string? text) =>
        Blank(text) ? null : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var rating) ? rating : -1;

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static double? Number(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static long? Pence(string? pounds) =>
        decimal.TryParse(pounds?.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value > 0 && value < long.MaxValue / 100
            ? (long)Math.Round(value * 100)
            : null;
}
