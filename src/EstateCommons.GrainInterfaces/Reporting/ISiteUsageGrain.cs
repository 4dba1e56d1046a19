using EstateCommons.Domain.Reporting;
using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Reporting;

/// <summary>
/// A site's reporting roll-up for one month (<see cref="SiteMonth.Key"/>), kept current by the site's spaces and market
/// days as they change, so reports read sums already made instead of scanning bookings. Each space's days and each
/// market day are replaced whole when reported again, so a repeated or retried report changes nothing.
/// </summary>
public interface ISiteUsageGrain : IGrainWithStringKey
{
    /// <summary>Replaces the usage of a space for the days given (all within this month).</summary>
    Task RecordSpaceDays(string spaceId, IReadOnlyList<SpaceDayUsage> days);

    /// <summary>Replaces a market day's figures.</summary>
    Task RecordMarketDay(MarketDayFigures figures);

    /// <summary>
    /// The days a market is to trade this month (from the day its schedule was set): each counts in reports as a market
    /// day with its pitches and nothing else until its own figures arrive, so a day nobody applied for still lowers
    /// occupancy. Replaces what the market said before for this month.
    /// </summary>
    Task RecordMarketSchedule(string marketId, string marketName, int pitches, IReadOnlyList<LocalDate> days);

    /// <summary>
    /// The figures for <paramref name="first"/> to <paramref name="last"/> within this month, for one space or (null)
    /// all of them; each space's totals over those dates only <paramref name="withSpaceTotals"/> (a site's own report),
    /// since a trust- or estate-wide report needs only the site's sums.
    /// </summary>
    [ReadOnly]
    Task<SiteUsageSlice> Slice(LocalDate first, LocalDate last, string? spaceId, bool withSpaceTotals);
}
