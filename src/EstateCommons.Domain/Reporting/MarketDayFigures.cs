using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using NodaTime;

namespace EstateCommons.Domain.Reporting;

/// <summary>
/// A seller who held a pitch on a market day, as the reports count them: their kind of business, whether they are local
/// (within the market's local radius of the site, by great-circle distance, worked out on the day) and what they
/// reported taking, if they did. The id lets a period count each seller once; it never leaves a report.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MarketDaySeller(string SellerId, SellerBusinessType BusinessType, bool IsLocal, Money? Takings)
{
    public static MarketDaySeller Of(string sellerId, SellerBusinessType type, GeoPoint sellerLocation, GeoPoint site, double localRadiusKm, Money? takings) =>
        new(sellerId, type, GreatCircle.DistanceKm(sellerLocation, site) <= localRadiusKm, takings);
}

/// <summary>
/// One market day in numbers, as its market-day grain last reported it to the site's roll-up: pitches laid out and let,
/// applications, no-shows, visitors (once the day has closed) in total and per local clock hour, and the sellers who
/// traded. Replaced whole each time the day changes, so a repeated report is harmless.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MarketDayFigures(
    string MarketId,
    string MarketName,
    LocalDate Date,
    int Pitches,
    int PitchesLet,
    int Applications,
    int NoShows,
    long? Footfall,
    IReadOnlyDictionary<int, long> FootfallByHour,
    IReadOnlyList<MarketDaySeller> Sellers)
{
    /// <summary>
    /// The figures of <paramref name="day"/>: pitches let are those held by sellers confirmed for the day (a no-show's
    /// pitch counts only if it was re-let); applications are those not withdrawn.
    /// </summary>
    public static MarketDayFigures Of(
        MarketRef market, string marketName, LocalDate date, MarketDay day, PitchLayout layout,
        Func<string, MarketDaySeller> seller, long? footfall, IReadOnlyDictionary<int, long> footfallByHour)
    {
        var traders = day.Traders().ToList();
        return new MarketDayFigures(
            market.MarketId,
            marketName,
            date,
            layout.Pitches.Count,
            traders.SelectMany(h => h.PitchIds).Distinct(StringComparer.Ordinal).Count(),
            day.ActiveApplications().Count(),
            day.Holdings.Count(h => h.Status == HoldingStatus.NoShow),
            footfall,
            footfallByHour,
            traders.Select(h => h.SellerId).Distinct(StringComparer.Ordinal).Select(seller).ToList());
    }
}
