using System.Globalization;
using NodaTime.Text;

namespace EstateCommons.Server.Web;

/// <summary>
/// Dates and times as the NHS.UK content style writes them: "Saturday 5 December 2026", "9am to 2:30pm". The server
/// runs with invariant globalization, whose day and month names are English.
/// </summary>
public static class DisplayTime
{
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("dddd d MMMM uuuu", CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) => LongDate.Format(date);

    /// <summary>An interval's local times in the site's zone, such as "9am to 2pm".</summary>
    public static string Hours(Interval hours, DateTimeZone zone) =>
        $"{Time(hours.Start.InZone(zone).TimeOfDay)} to {Time(hours.End.InZone(zone).TimeOfDay)}";

    public static string Time(LocalTime time) => time switch
    {
        { Hour: 0, Minute: 0 } => "midnight",
        { Hour: 12, Minute: 0 } => "midday",
        _ => $"{(time.ClockHourOfHalfDay)}{(time.Minute == 0 ? "" : $":{time.Minute:00}")}{(time.Hour < 12 ? "am" : "pm")}",
    };
}
