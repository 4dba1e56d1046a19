using System.Collections.Concurrent;
using System.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace EstateCommons.Footfall.Benchmarks;

/// <summary>One market day: visitors in the uploads acknowledged for it, and its total as the API reads it back.</summary>
public sealed record DayCheck(LocalDate Day, long Acknowledged, long ReadBack);

public sealed record NoneLostResult(IReadOnlyList<DayCheck> Days, TimeSpan Elapsed)
{
    public long Acknowledged => Days.Sum(d => d.Acknowledged);

    public long ReadBack => Days.Sum(d => d.ReadBack);

    public IReadOnlyList<DayCheck> Mismatched => [.. Days.Where(d => d.Acknowledged != d.ReadBack)];
}

/// <summary>
/// After the load, reads each market day's footfall back through the API, as its manager would, and compares it with
/// the visitors in the uploads the server acknowledged for that day: fewer would mean acknowledged figures were lost,
/// more that a re-sent batch was counted again.
/// </summary>
public static class NoneLostCheck
{
    public static async Task<NoneLostResult> Run(EstateApi api, FootfallMarket market, IReadOnlyDictionary<LocalDate, long> acknowledged, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var days = new ConcurrentBag<DayCheck>();
        await Parallel.ForEachAsync(acknowledged, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellation }, async (day, ct) =>
        {
            var footfall = await api.Get($"{market.Path}/days/{LocalDatePattern.Iso.Format(day.Key)}/footfall",
                FootfallJson.Default.MarketDayFootfall, ct, market.AdminToken);
            days.Add(new DayCheck(day.Key, day.Value, footfall.Total));
        });
        return new NoneLostResult([.. days.OrderBy(d => d.Day)], clock.Elapsed);
    }
}
