using EstateCommons.Domain.Estate;
using EstateCommons.GrainInterfaces.Estate;

namespace EstateCommons.Server.Api.Contracts;

public sealed record CreateTrustRequest(string? Id, string? Name);

public sealed record AddManagerRequest(string? Email);

public sealed record TrustView(string Id, string Name, IReadOnlyList<string> Managers, IReadOnlyList<string> Sites)
{
    public static TrustView Of(TrustDetails t) => new(t.Trust.Id, t.Trust.Name, t.Managers, t.SiteIds);
}

public sealed record CreateSiteRequest(string? Id, string? Name, string? TimeZone, double? Latitude, double? Longitude, string? Postcode);

public sealed record SiteView(string Id, string TrustId, string Name, string TimeZone, double Latitude, double Longitude, string Postcode)
{
    public static SiteView Of(Site s) => new(s.Id, s.TrustId, s.Name, s.TimeZoneId, s.Location.Latitude, s.Location.Longitude, s.Postcode);
}
