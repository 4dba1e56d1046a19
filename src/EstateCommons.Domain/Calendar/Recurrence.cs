using NodaTime;

namespace EstateCommons.Domain.Calendar;

[GenerateSerializer]
public enum RecurrenceFrequency
{
    Weekly,
    Fortnightly,
}

/// <summary>
/// A repeating booking: the same local clock times every week or fortnight, for <see cref="Count"/> occurrences
/// or until a date (inclusive). Repeats keep the local time across clock changes, as people expect.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Recurrence(RecurrenceFrequency Frequency, int? Count, LocalDate? Until)
{
    /// <summary>Two years of weekly meetings; a series is written at once, so its size must be bounded.</summary>
    public const int MaxOccurrences = 104;

    public int IntervalDays => Frequency == RecurrenceFrequency.Weekly ? 7 : 14;

    public IEnumerable<FieldError> Validate(LocalDate firstDate)
    {
        if (Count is null == Until is null) yield return new FieldError("recurrence", "Give either count or until, not both.");
        if (Count is < 1 or > MaxOccurrences) yield return new FieldError("recurrence.count", $"A series has from 1 to {MaxOccurrences} occurrences.");
        if (Until is { } until)
        {
            if (until < firstDate) yield return new FieldError("recurrence.until", "The series must end on or after its first date.");
            else if (Period.Between(firstDate, until, PeriodUnits.Days).Days / IntervalDays + 1 > MaxOccurrences)
            {
                yield return new FieldError("recurrence.until", $"A series has at most {MaxOccurrences} occurrences; choose an earlier end date.");
            }
        }
    }

    public IEnumerable<(LocalDateTime Start, LocalDateTime End)> Occurrences(LocalDateTime start, LocalDateTime end)
    {
        for (var i = 0; i < MaxOccurrences; i++)
        {
            var shift = Period.FromDays(i * IntervalDays);
            var occurrenceStart = start + shift;
            if (Count is { } count && i >= count) yield break;
            if (Until is { } until && occurrenceStart.Date > until) yield break;
            yield return (occurrenceStart, end + shift);
        }
    }
}
