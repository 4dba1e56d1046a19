using NodaTime;

namespace EstateCommons.Domain.Calendar;

/// <summary>Hours on one weekday that a licence holds.</summary>
[GenerateSerializer, Immutable]
public sealed record WeeklyHours(IsoDayOfWeek Day, LocalWindow Hours);

/// <summary>
/// A co-location licence: an organisation holds the same local hours each week in a space for a term
/// (for example Citizens Advice, Tuesdays 09:00–17:00, for a year). Licensed hours cannot be booked by others.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Licence(
    string Id,
    string OrganisationId,
    LocalDate From,
    LocalDate To,
    IReadOnlyList<WeeklyHours> Weekly,
    string PublicDescription)
{
    public const int MaxTermDays = 5 * 366;

    /// <summary>The instants the licence holds on the local dates from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public IEnumerable<Interval> HeldBetween(LocalDate first, LocalDate last, DateTimeZone zone)
    {
        var start = first < From ? From : first;
        var end = last > To ? To : last;
        for (var date = start; date <= end; date = date.PlusDays(1))
        {
            foreach (var hours in Weekly)
            {
                if (hours.Day == date.DayOfWeek) yield return hours.Hours.On(date, zone);
            }
        }
    }

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (!Slug.IsValid(Id)) errors.Add(new FieldError("licenceId", "Use lower-case letters, digits and hyphens for a licence id."));
        if (To < From) errors.Add(new FieldError("to", "The licence must end on or after it starts."));
        else if (Period.Between(From, To, PeriodUnits.Days).Days > MaxTermDays) errors.Add(new FieldError("to", "A licence term can be at most five years."));
        if (Weekly.Count == 0) errors.Add(new FieldError("weekly", "Give the weekly hours the licence holds."));
        if (Weekly.Any(w => !w.Hours.IsValid)) errors.Add(new FieldError("weekly", "Each weekly window must end after it starts (\"24:00\" for the end of the day)."));
        if (PublicDescription is { Length: > 2000 }) errors.Add(new FieldError("publicDescription", "Keep the public description under 2000 characters."));
        return errors;
    }
}
