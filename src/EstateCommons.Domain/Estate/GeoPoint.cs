namespace EstateCommons.Domain.Estate;

/// <summary>A WGS84 position, used later for distances between sellers and sites.</summary>
[GenerateSerializer, Immutable]
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public static IEnumerable<FieldError> Validate(double latitude, double longitude)
    {
        if (double.IsNaN(latitude) || latitude is < -90 or > 90) yield return new FieldError("latitude", "Latitude must be between -90 and 90.");
        if (double.IsNaN(longitude) || longitude is < -180 or > 180) yield return new FieldError("longitude", "Longitude must be between -180 and 180.");
    }
}
