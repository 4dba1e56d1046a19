using EstateCommons.Domain.Reporting;

namespace EstateCommons.GrainInterfaces.Reporting;

/// <summary>
/// A site's figures for some dates within one month, from its roll-up: usage per date (summed over the spaces asked
/// for), each space's totals over those dates, and the market days among them. A report adds slices together.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SiteUsageSlice(
    string SiteId,
    IReadOnlyList<SpaceDayUsage> Days,
    IReadOnlyDictionary<string, UsageTotals> Spaces,
    IReadOnlyList<MarketDayFigures> MarketDays);
