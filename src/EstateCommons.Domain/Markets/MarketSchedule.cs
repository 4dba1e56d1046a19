using EstateCommons.Domain.Calendar;
using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// When a food market trades: on the given weekdays between <see cref="FirstDate"/> and <see cref="LastDate"/> (both included),
/// within the same local opening hours each time, except on dates it has been cancelled.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MarketSchedule(
    IReadOnlyList<IsoDayOfWeek> Weekdays,
    LocalWindow Hours,
    LocalDate FirstDate,
    LocalDate LastDate,
    IReadOnlyList<LocalDate> CancelledDates)
{
    public bool IsMarketDay(LocalDate date) =>
        date >= FirstDate && date <= LastDate && Weekdays.Contains(date.DayOfWeek) && !CancelledDates.Contains(date);

    /// <summary>The market days from <paramref name="from"/> to <paramref name="to"/>, both included, in date order.</summary>
    public IEnumerable<LocalDate> MarketDays(LocalDate from, LocalDate to)
    {
        var first = LocalDate.Max(from, FirstDate);
        var last = LocalDate.Min(to, LastDate);
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            if (IsMarketDay(date)) yield return date;
        }
    }

    /// <summary>
    /// The instants the market trades on one of its days. Opening hours are a standing arrangement, so a time that
    /// falls in a clock change is mapped leniently, as <see cref="LocalWindow.On"/> does.
    /// </summary>
    public Interval OpeningOn(LocalDate date, DateTimeZone zone)
    {
        if (!IsMarketDay(date)) throw new ArgumentOutOfRangeException(nameof(date), $"{LocalClock.Format(date)} is not a market day.");
        return Hours.On(date, zone);
    }

    /// <summary>
    /// When applications for a market day stop being accepted: <paramref name="hoursBefore"/> elapsed hours before it opens.
    /// Elapsed, not clock, hours: 24 hours before a market on the morning the clocks go forward is an hour later on the
    /// clock the previous morning, which is the notice sellers were promised.
    /// </summary>
    public Instant ApplicationsCloseAt(LocalDate date, DateTimeZone zone, int hoursBefore)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hoursBefore);
        return OpeningOn(date, zone).Start - Duration.FromHours(hoursBefore);
    }

    public IEnumerable<FieldError> Validate()
    {
        if (FirstDate > LastDate) yield return new FieldError("schedule.lastDate", "The last market day must be on or after the first.");
        if (Weekdays.Count == 0) yield return new FieldError("schedule.weekdays", "Choose at least one day of the week the market trades.");
        if (Weekdays.Contains(IsoDayOfWeek.None)) yield return new FieldError("schedule.weekdays", "Each weekday must be Monday to Sunday.");
        if (!Hours.IsValid) yield return new FieldError("schedule.hours", "The market must close after it opens (use \"24:00\" for the end of the day).");
    }
}
