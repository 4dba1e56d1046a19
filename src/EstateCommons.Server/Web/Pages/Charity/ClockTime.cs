using EstateCommons.Domain.Calendar;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>Times typed on the 24-hour clock, as the booking forms ask for them: "14:30", or "9:00" without the leading zero.</summary>
public static class ClockTime
{
    public const string Hint = "Use the 24-hour clock, for example 09:00 or 14:30.";

    public static LocalTime? Read(string? text)
    {
        var trimmed = text?.Trim().Replace('.', ':') ?? "";
        if (trimmed.Length == 4 && trimmed[1] == ':') trimmed = "0" + trimmed;
        return trimmed != "24:00" && LocalClock.TryParseTime(trimmed, out var time) ? time : null;
    }

    public static string Format(LocalTime time) => LocalClock.Format(time);
}
