using EstateCommons.Domain.Markets;

namespace EstateCommons.Domain.Reporting;

/// <summary>
/// Market days summed over any markets and dates: pitch occupancy, demand (applications per pitch), no-shows, visitors
/// in total and per local hour, and the seller mix with takings withheld where they would cover fewer than three sellers.
/// Footfall is summed over the days that have closed and been counted (<see cref="DaysCounted"/>), so an uncounted day
/// does not read as nobody coming.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MarketTotals(
    int MarketDays,
    long PitchDays,
    long PitchDaysLet,
    long Applications,
    int NoShows,
    int SellerDays,
    long Footfall,
    int DaysCounted,
    IReadOnlyDictionary<int, long> FootfallByHour,
    MarketSellerMix Mix)
{
    public decimal OccupancyPercent => UsageTotals.Percent(PitchDaysLet, PitchDays);

    /// <summary>Applications for each pitch on offer, to two decimal places: above 1, sellers were turned away.</summary>
    public decimal ApplicationsPerPitch => PitchDays == 0 ? 0 : Math.Round((decimal)Applications / PitchDays, 2);

    /// <summary>Sellers who held a pitch and did not come, as a share of all who held one.</summary>
    public decimal NoShowPercent => UsageTotals.Percent(NoShows, SellerDays + NoShows);

    public long? FootfallPerDay => DaysCounted == 0 ? null : (long)Math.Round((decimal)Footfall / DaysCounted);

    public static MarketTotals Of(IReadOnlyCollection<MarketDayFigures> days, TakingsViewer viewer)
    {
        var byHour = new SortedDictionary<int, long>();
        foreach (var (hour, visitors) in days.SelectMany(d => d.FootfallByHour)) byHour[hour] = byHour.GetValueOrDefault(hour) + visitors;
        var counted = days.Where(d => d.Footfall is not null).ToList();
        return new MarketTotals(
            days.Count,
            days.Sum(d => (long)d.Pitches),
            days.Sum(d => (long)d.PitchesLet),
            days.Sum(d => (long)d.Applications),
            days.Sum(d => d.NoShows),
            days.Sum(d => d.Sellers.Count),
            counted.Sum(d => d.Footfall!.Value),
            counted.Count,
            byHour,
            MarketSellerMix.Of(days.SelectMany(d => d.Sellers), viewer));
    }
}
