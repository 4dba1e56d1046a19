using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Spaces;

namespace EstateCommons.Server.Api;

/// <summary>
/// Finding spaces at a site, as the API's search and the booking pages both do: by what a space is (kind, capacity,
/// facilities, step-free access) from the site's summaries, and whether it is free for a span from its calendar.
/// </summary>
public static class SpaceSearch
{
    public static IEnumerable<SpaceSummary> Matching(
        IEnumerable<SpaceSummary> spaces, SpaceKind? kind, int? minCapacity, IReadOnlyCollection<string>? facilities, bool? stepFree) => spaces
        .Where(s => kind is null || s.Kind == kind)
        .Where(s => minCapacity is null || s.Capacity >= minCapacity)
        .Where(s => facilities is null || facilities.All(f => s.Facilities.Contains(f.Trim().ToLowerInvariant())))
        .Where(s => stepFree is not true || s.Accessibility.StepFreeAccess);

    /// <summary>Whether one free interval of the space covers the whole span (which the caller bounds to a few days).</summary>
    public static async Task<bool> IsFree(IGrainFactory grains, SpaceRef space, Interval span, DateTimeZone zone)
    {
        var free = await grains.GetGrain<ISpaceGrain>(space.Key).FreeBetween(span.Start.InZone(zone).Date, span.End.InZone(zone).Date);
        return free.Any(i => i.Start <= span.Start && i.End >= span.End);
    }
}
