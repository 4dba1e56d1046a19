using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Markets;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>Turns a manager's hand count into a <see cref="ManualTally"/> on one market day, collecting every problem with a field name.</summary>
public static class ManualTallyReader
{
    public static ManualTally? Read(ManualTallyRequest body, LocalDate day, DateTimeZone zone, string recordedBy, Instant now, List<FieldError> errors)
    {
        var from = ReadInstant("from", body.From, zone, errors);
        var to = ReadInstant("to", body.To, zone, errors);
        if (body.Count is null) errors.Add(new FieldError("count", "Give the number of visitors counted."));
        if (from is not { } start || to is not { } end || body.Count is not { } count) return null;

        // The day's ledger holds only that day's figures, so a tally cannot reach into another day.
        if (start < zone.AtStartOfDay(day).ToInstant() || end > zone.AtStartOfDay(day.PlusDays(1)).ToInstant())
        {
            errors.Add(new FieldError("from", $"A tally covers time on the market day, {LocalClock.Format(day)}."));
        }
        if (end <= start) errors.Add(new FieldError("to", "to must be after from."));
        if (start > now) errors.Add(new FieldError("from", "A tally is of visitors already counted, so it cannot start in the future."));
        if (errors.Count > 0) return null;

        var tally = new ManualTally(recordedBy, new Interval(start, end), count);
        errors.AddRange(tally.Validate());
        return errors.Count > 0 ? null : tally;
    }

    private static Instant? ReadInstant(string field, string? text, DateTimeZone zone, List<FieldError> errors)
    {
        if (!LocalClock.TryParseDateTime(text, out var local))
        {
            errors.Add(new FieldError(field, $"{field} is a local date-time, such as 2027-06-12T10:00."));
            return null;
        }
        if (SiteTime.Resolve(local, zone, out var problem) is { } zoned) return zoned.ToInstant();
        errors.Add(new FieldError(field, problem!));
        return null;
    }
}
