using EstateCommons.Domain.Reporting;

namespace EstateCommons.Grains.Reporting;

/// <summary>One space's days of usage in a site's month: a storage record of its own, so a booking rewrites only its space's month.</summary>
public sealed class SpaceMonthUsage
{
    public List<SpaceDayUsage> Days { get; set; } = [];
}

/// <summary>
/// What a site's month needs to answer site-wide questions without reading every space: the site's usage per date
/// (summed over its spaces), each space's month, the spaces heard from, and the market days. A cold trust- or
/// estate-wide report reads only this record per site-month.
/// </summary>
public sealed class SiteMonthIndex
{
    public List<string> SpaceIds { get; set; } = [];

    public List<SpaceDayUsage> SiteDays { get; set; } = [];

    public Dictionary<string, UsageTotals> SpaceMonths { get; set; } = [];

    public List<MarketDayFigures> MarketDays { get; set; } = [];

    /// <summary>Days markets are to trade, as empty figures; a day's own figures, once reported, take its place.</summary>
    public List<MarketDayFigures> ScheduledMarketDays { get; set; } = [];

    /// <summary>
    /// Spaces whose own record was being written when this was saved. Cleared when the roll-up is put away tidily; a
    /// roll-up that finds any on waking cannot know whether those writes happened, so it adds everything up again from
    /// the spaces' records.
    /// </summary>
    public List<string> Unsettled { get; set; } = [];
}
