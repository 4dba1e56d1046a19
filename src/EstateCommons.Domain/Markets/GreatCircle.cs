using EstateCommons.Domain.Estate;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// Distance over the Earth's surface. Hand-written rather than taking a geodesy package: the haversine formula is three
/// lines, and a sphere of mean radius is far more accurate than "within 10 km of the hospital" needs.
/// </summary>
public static class GreatCircle
{
    public const double MeanEarthRadiusKm = 6371.0088;

    public static double DistanceKm(GeoPoint a, GeoPoint b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180.0;
        var h = Math.Pow(Math.Sin(Radians(b.Latitude - a.Latitude) / 2), 2)
            + Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Pow(Math.Sin(Radians(b.Longitude - a.Longitude) / 2), 2);
        return 2 * MeanEarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }
}
