using EstateCommons.Domain.Calendar;
using NodaTime.Text;

namespace EstateCommons.Domain.Bookings;

/// <summary>
/// What a room hire is, in the words a payer sees on the payment page and their receipt: the space, the site and the
/// first occurrence in the site's local time, with how many more follow, such as
/// "Seminar Room 1, Northfield General — Tue 16 Mar 2027 10:00–12:00 (and 5 more weekly)".
/// </summary>
public static class HireDescription
{
    private static readonly LocalDatePattern Day = LocalDatePattern.CreateWithInvariantCulture("ddd d MMM uuuu");

    public static string Of(string spaceName, string siteName, IReadOnlyList<Booking> bookings, Recurrence? recurrence)
    {
        var first = bookings.MinBy(b => b.Start) ?? throw new ArgumentException("Describe at least one booking.", nameof(bookings));
        var (start, end) = (first.LocalStart.LocalDateTime, first.LocalEnd.LocalDateTime);
        var when = start.Date == end.Date
            ? $"{Day.Format(start.Date)} {LocalClock.Format(start.TimeOfDay)}–{LocalClock.Format(end.TimeOfDay)}"
            : $"{Day.Format(start.Date)} {LocalClock.Format(start.TimeOfDay)}–{Day.Format(end.Date)} {LocalClock.Format(end.TimeOfDay)}";
        var repeats = recurrence?.Frequency == RecurrenceFrequency.Fortnightly ? "fortnightly" : "weekly";
        var more = bookings.Count > 1 ? $" (and {bookings.Count - 1} more {repeats})" : "";
        return $"{spaceName}, {siteName} — {when}{more}";
    }
}
