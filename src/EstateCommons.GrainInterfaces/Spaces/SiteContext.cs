namespace EstateCommons.GrainInterfaces.Spaces;

/// <summary>
/// The facts about its site a space needs to judge bookings: who manages it and its time zone; and its name, which
/// payers see on the payment page.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SiteContext(string TrustId, string TimeZoneId, string SiteName);
