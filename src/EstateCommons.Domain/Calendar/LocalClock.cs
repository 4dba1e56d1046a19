using NodaTime;
using NodaTime.Text;

namespace EstateCommons.Domain.Calendar;

/// <summary>
/// The text forms people use for local times: "08:00", "24:00" for the end of a day,
/// and "2027-03-28T00:30" for a local date and time (seconds optional).
/// </summary>
public static class LocalClock
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly LocalDateTimePattern MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern SecondPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    public static string Format(LocalTime time) => TimePattern.Format(time);

    public static string Format(LocalDateTime value) =>
        value.Second == 0 && value.NanosecondOfSecond == 0 ? MinutePattern.Format(value) : SecondPattern.Format(value);

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Parses "HH:mm"; "24:00" is returned as midnight, which <see cref="LocalWindow"/> reads as the end of the day.</summary>
    public static bool TryParseTime(string? text, out LocalTime time)
    {
        time = default;
        if (text == "24:00")
        {
            time = LocalTime.Midnight;
            return true;
        }
        var result = TimePattern.Parse(text ?? "");
        if (!result.Success) return false;
        time = result.Value;
        return true;
    }

    public static bool TryParseDateTime(string? text, out LocalDateTime value)
    {
        value = default;
        if (text is null) return false;
        var result = text.Length == 16 ? MinutePattern.Parse(text) : SecondPattern.Parse(text);
        if (!result.Success) return false;
        value = result.Value;
        return true;
    }

    public static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        var result = LocalDatePattern.Iso.Parse(text ?? "");
        if (!result.Success) return false;
        date = result.Value;
        return true;
    }
}
