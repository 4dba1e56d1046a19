using NodaTime;

namespace EstateCommons.Domain.Calendar;

/// <summary>
/// How a space may be booked. Lengths are real elapsed time (measured on instants);
/// the slot grid is on the local clock, because that is what people see on a timetable.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BookingRules(
    Duration Minimum,
    Duration Maximum,
    int SlotMinutes,
    Duration Buffer,
    Duration MinimumNotice,
    int MaximumAdvanceDays)
{
    /// <summary>The longest booking any space may allow; it bounds how far back the calendar looks for overlaps.</summary>
    public static readonly Duration LongestAllowed = Duration.FromDays(7);

    public static readonly BookingRules Default = new(
        Duration.FromMinutes(30), Duration.FromHours(8), 15, Duration.Zero, Duration.FromHours(24), 365);

    public IEnumerable<FieldError> Validate()
    {
        if (Minimum <= Duration.Zero) yield return new FieldError("rules.minMinutes", "The shortest booking must be at least a minute.");
        if (Maximum < Minimum) yield return new FieldError("rules.maxMinutes", "The longest booking cannot be shorter than the shortest.");
        if (Maximum > LongestAllowed) yield return new FieldError("rules.maxMinutes", $"The longest booking can be at most {LongestAllowed.TotalMinutes} minutes (7 days).");
        if (SlotMinutes is < 1 or > 1440 || 1440 % SlotMinutes != 0) yield return new FieldError("rules.slotMinutes", "Slots must divide the day evenly, for example 15, 30 or 60 minutes.");
        if (Buffer < Duration.Zero || Buffer > Duration.FromHours(24)) yield return new FieldError("rules.bufferMinutes", "The turnaround buffer must be between 0 and 1440 minutes.");
        if (MinimumNotice < Duration.Zero) yield return new FieldError("rules.minNoticeHours", "Minimum notice cannot be negative.");
        if (MaximumAdvanceDays is < 1 or > 3 * 366) yield return new FieldError("rules.maxAdvanceDays", "Bookings may be taken from 1 to 1098 days ahead.");
    }
}
