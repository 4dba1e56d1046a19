using EstateCommons.Domain;
using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Reporting;

namespace EstateCommons.Reporting.Benchmarks;

/// <summary>
/// A Saturday food market's days at a site, as its market-day grain reports them once counted: 24 pitches, most let,
/// more applications than pitches, the odd no-show, visitors per hour from 09:00 to 15:00, and sellers of every size
/// from near and far, most reporting their takings.
/// </summary>
public static class MarketDays
{
    private const int Pitches = 24;
    private const double LocalRadiusKm = 30;
    private static readonly SellerBusinessType[] Types = Enum.GetValues<SellerBusinessType>();

    public static IEnumerable<MarketDayFigures> Saturdays(YearMonth month, GeoPoint site, int seed)
    {
        var random = new Random(seed);
        foreach (var date in month.ToDateInterval().Where(d => d.DayOfWeek == IsoDayOfWeek.Saturday))
        {
            var let = random.Next(Pitches / 2, Pitches + 1);
            var byHour = Enumerable.Range(9, 6).ToDictionary(hour => hour, _ => (long)random.Next(40, 400));
            var sellers = Enumerable.Range(0, let).Select(i => MarketDaySeller.Of(
                $"seller-{seed % 997}-{i}",
                Types[random.Next(Types.Length)],
                new GeoPoint(site.Latitude + (random.NextDouble() - 0.5), site.Longitude + (random.NextDouble() - 0.5)),
                site,
                LocalRadiusKm,
                random.Next(10) < 8 ? Money.Gbp(random.Next(5_000, 80_000)) : null)).ToList();
            yield return new MarketDayFigures("saturday-market", "Saturday food market", date, Pitches, let, let + random.Next(0, 12),
                random.Next(0, 3), byHour.Values.Sum(), byHour, sellers);
        }
    }
}
