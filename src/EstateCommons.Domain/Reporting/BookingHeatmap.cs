using NodaTime;

namespace EstateCommons.Domain.Reporting;

/// <summary>
/// Booked minutes by local weekday and hour, for a weekday × hour heatmap. Kept sparse (only hours with bookings), so a
/// day's usage carries a handful of cells, and additive, so a month's map is the sum of its days'. The hour the autumn
/// clock change repeats counts into the same cell twice, as anyone reading a wall clock would expect.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BookingHeatmap(IReadOnlyDictionary<int, long> Cells)
{
    public static readonly BookingHeatmap Empty = new(new Dictionary<int, long>());

    public long At(IsoDayOfWeek day, int hour) => Cells.GetValueOrDefault(Cell(day, hour));

    public long TotalMinutes => Cells.Values.Sum();

    public BookingHeatmap Plus(BookingHeatmap other) => new(SparseSums.Plus(Cells, other.Cells));

    /// <summary>This map less <paramref name="other"/>, which it must include; cells left at zero are dropped.</summary>
    public BookingHeatmap Minus(BookingHeatmap other) => new(SparseSums.Minus(Cells, other.Cells));

    /// <summary>The minutes of the spans, each split at local hour boundaries into the weekday and hour it falls in.</summary>
    public static BookingHeatmap Of(IEnumerable<Interval> spans, DateTimeZone zone)
    {
        var cells = new Dictionary<int, long>();
        foreach (var span in spans)
        {
            var at = span.Start;
            while (at < span.End)
            {
                var local = at.InZone(zone);
                var nextHour = zone.AtLeniently(local.Date.At(new LocalTime(local.Hour, 0)).PlusHours(1)).ToInstant();
                var end = Instant.Min(span.End, nextHour > at ? nextHour : at + Duration.FromHours(1));
                var cell = Cell(local.DayOfWeek, local.Hour);
                cells[cell] = cells.GetValueOrDefault(cell) + UsageCalculator.Minutes(end - at);
                at = end;
            }
        }
        return new BookingHeatmap(cells);
    }

    private static int Cell(IsoDayOfWeek day, int hour) => ((int)day - 1) * 24 + hour;
}
