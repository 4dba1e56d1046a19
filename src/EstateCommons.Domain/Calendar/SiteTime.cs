using NodaTime;

namespace EstateCommons.Domain.Calendar;

/// <summary>
/// Turns the local times people type into instants, in a site's zone, with the project's rule for
/// clock changes: a time that does not exist (the spring-forward gap) is refused with a message that says so;
/// a time that happens twice (autumn fall-back) means the earlier one.
/// </summary>
public static class SiteTime
{
    public static ZonedDateTime? Resolve(LocalDateTime local, DateTimeZone zone, out string? problem)
    {
        var mapping = zone.MapLocal(local);
        switch (mapping.Count)
        {
            case 0:
                problem = $"{LocalClock.Format(local)} does not exist in {zone.Id}: the clocks go forward then. Choose a time after the change.";
                return null;
            default:
                problem = null;
                return mapping.First();
        }
    }
}
