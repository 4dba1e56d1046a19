using EstateCommons.GrainInterfaces.Reporting;

namespace EstateCommons.Server.Reports;

/// <summary>A site's slice of one month, with the part of the report it counts toward.</summary>
public sealed record ScopedSlice(string PartId, SiteUsageSlice Slice);

/// <summary>
/// Asks the roll-up of every (site, month) in a scope and range for its slice, all at once: a trust's month is a few
/// hundred calls in flight together, the estate's a few thousand, and the report waits only for the slowest.
/// </summary>
public static class SiteSlices
{
    public static async Task<IReadOnlyList<ScopedSlice>> Read(IGrainFactory grains, ReportScope scope, LocalDate first, LocalDate last)
    {
        var months = SiteMonth.Between(first, last).ToList();
        var calls = new Task<SiteUsageSlice>[scope.Sites.Count * months.Count];
        var i = 0;
        foreach (var site in scope.Sites)
        {
            foreach (var month in months)
            {
                calls[i++] = grains.GetGrain<ISiteUsageGrain>(new SiteMonth(site.SiteId, month).Key).Slice(first, last, scope.SpaceId, scope.PartsWithinSite);
            }
        }
        var slices = await Task.WhenAll(calls);
        var scoped = new ScopedSlice[slices.Length];
        for (i = 0; i < slices.Length; i++) scoped[i] = new ScopedSlice(scope.Sites[i / months.Count].PartId, slices[i]);
        return scoped;
    }
}
