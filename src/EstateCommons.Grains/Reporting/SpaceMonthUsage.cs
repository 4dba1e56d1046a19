using EstateCommons.Domain.Reporting;

namespace EstateCommons.Grains.Reporting;

/// <summary>One space's days of usage in a site's month: a storage record of its own, so a booking rewrites only its space's month.</summary>
public sealed class SpaceMonthUsage
{
    public List<SpaceDayUsage> Days { get; set; } = [];
}

/// <summary>Which spaces a site's month has heard from, and its market days (few and small, so kept together).</summary>
public sealed class SiteMonthIndex
{
    public List<string> SpaceIds { get; set; } = [];

    public List<MarketDayFigures> MarketDays { get; set; } = [];
}
