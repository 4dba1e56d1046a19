namespace EstateCommons.GrainInterfaces.Spaces;

/// <summary>The facts about its site a space needs to judge bookings: who manages it and its time zone.</summary>
[GenerateSerializer, Immutable]
public sealed record SiteContext(string TrustId, string TimeZoneId);
