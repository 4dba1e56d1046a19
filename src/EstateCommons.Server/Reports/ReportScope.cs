namespace EstateCommons.Server.Reports;

/// <summary>What a report covers: one space, one site, a trust's sites or the whole estate.</summary>
public enum ReportLevel
{
    Space,
    Site,
    Trust,
    Estate,
}

/// <summary>A site a report reads, and the part of the report (a trust's site, the estate's trust) its figures count toward.</summary>
public readonly record struct ScopedSite(string SiteId, string PartId);

/// <summary>
/// The sites a report reads and how its rows are named. Within a site the parts are its spaces (for usage) and its
/// markets (for markets); within a trust, its sites; within the estate, its trusts. Parts with nothing recorded still
/// get a row, so a room nobody booked shows as 0% rather than going missing.
/// </summary>
public sealed record ReportScope(
    ReportLevel Level,
    string Id,
    string Name,
    IReadOnlyList<ScopedSite> Sites,
    string? SpaceId,
    IReadOnlyDictionary<string, string> UsageParts,
    IReadOnlyDictionary<string, string> MarketParts)
{
    /// <summary>Whether the parts are within one site (its spaces or markets) rather than whole sites or trusts.</summary>
    public bool PartsWithinSite => Level is ReportLevel.Space or ReportLevel.Site;
}
