using NodaTime;

namespace EstateCommons.Domain.Estate;

/// <summary>
/// A hospital site. Everything people say about times at a site is in its own time zone,
/// so the zone is fixed when the site is created.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Site(string Id, string TrustId, string Name, string TimeZoneId, GeoPoint Location, string Postcode)
{
    public const string DefaultTimeZoneId = "Europe/London";

    public DateTimeZone TimeZone => DateTimeZoneProviders.Tzdb[TimeZoneId];

    public static IReadOnlyList<FieldError> Validate(string? id, string? name, string? timeZoneId, double latitude, double longitude, string? postcode)
    {
        var errors = new List<FieldError>();
        if (Slug.Check("id", id) is { } idError) errors.Add(idError);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) errors.Add(new FieldError("name", "Give the site's name (up to 200 characters)."));
        if (timeZoneId is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) is null)
        {
            errors.Add(new FieldError("timeZone", $"\"{timeZoneId}\" is not an IANA time zone such as \"Europe/London\"."));
        }
        errors.AddRange(GeoPoint.Validate(latitude, longitude));
        if (postcode is null || !UkPostcode.IsValid(postcode)) errors.Add(new FieldError("postcode", "Give a UK postcode such as \"SW1A 1AA\"."));
        return errors;
    }
}
