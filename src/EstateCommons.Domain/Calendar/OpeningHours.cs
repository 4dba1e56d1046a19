using NodaTime;

namespace EstateCommons.Domain.Calendar;

/// <summary>The local windows a space is open on each day of the week. A day with no windows is closed.</summary>
[GenerateSerializer, Immutable]
public sealed record OpeningHours(IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<LocalWindow>> Days)
{
    public static readonly OpeningHours AlwaysOpen = new(
        Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)
            .ToDictionary(d => d, IReadOnlyList<LocalWindow> (_) => [new LocalWindow(LocalTime.Midnight, LocalTime.Midnight)]));

    public IReadOnlyList<LocalWindow> On(IsoDayOfWeek day) => Days.TryGetValue(day, out var windows) ? windows : [];

    public IEnumerable<FieldError> Validate()
    {
        foreach (var (day, windows) in Days)
        {
            var field = $"openingHours.{day.ToString().ToLowerInvariant()}";
            if (windows.Any(w => !w.IsValid))
            {
                yield return new FieldError(field, "Each window must close after it opens (use \"24:00\" for the end of the day).");
                continue;
            }
            var ordered = windows.OrderBy(w => w.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i - 1].EndsAtEndOfDay || ordered[i - 1].End > ordered[i].Start)
                {
                    yield return new FieldError(field, $"Windows {ordered[i - 1]} and {ordered[i]} overlap.");
                }
            }
        }
    }
}
