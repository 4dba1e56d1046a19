using EstateCommons.Domain.Bookings;
using Orleans.Storage;

namespace EstateCommons.Grains.Spaces;

/// <summary>
/// Reads and writes a space's monthly calendar pages and series records as separate storage records
/// ("calendar-2027-03", "series-abc"), loading pages only when a request needs them and keeping a bounded
/// number in memory. Only the owning space grain uses it, so there is one writer per record.
/// </summary>
internal sealed class CalendarStore(IGrainStorage storage, GrainId grainId)
{
    private const int MaxPagesInMemory = 48;
    private readonly Dictionary<YearMonth, GrainState<CalendarPage>> _pages = [];
    private readonly LinkedList<YearMonth> _recentlyUsed = new();

    /// <summary>Makes sure every page whose bookings could overlap the range is in memory (until the next <see cref="Trim"/>).</summary>
    public async Task LoadAround(Interval range)
    {
        // A booking that overlaps the range may have started up to the longest allowed booking before it.
        var first = Booking.PageOf(range.Start - Domain.Calendar.BookingRules.LongestAllowed);
        var last = Booking.PageOf(range.End);
        for (var month = first; month <= last; month = month.PlusMonths(1)) await Page(month);
    }

    /// <summary>Bookings on pages already in memory that overlap the range. Call <see cref="LoadAround"/> first.</summary>
    public IEnumerable<Booking> LoadedOverlapping(Interval range)
    {
        var first = Booking.PageOf(range.Start - Domain.Calendar.BookingRules.LongestAllowed);
        var last = Booking.PageOf(range.End);
        for (var month = first; month <= last; month = month.PlusMonths(1))
        {
            if (!_pages.TryGetValue(month, out var page)) continue;
            foreach (var booking in page.State!.Bookings)
            {
                if (booking.Start < range.End && range.Start < booking.End) yield return booking;
            }
        }
    }

    public async Task<Booking?> Find(string bookingId, YearMonth month)
    {
        var page = await Page(month);
        return page.State!.Bookings.Find(b => b.Id == bookingId);
    }

    /// <summary>Writes new and changed bookings to their pages, one write per page touched.</summary>
    public async Task Save(IReadOnlyCollection<Booking> bookings)
    {
        foreach (var group in bookings.GroupBy(b => b.Page))
        {
            var page = await Page(group.Key);
            var updated = new List<Booking>(page.State!.Bookings);
            foreach (var booking in group)
            {
                var index = updated.FindIndex(b => b.Id == booking.Id);
                if (index >= 0) updated[index] = booking;
                else updated.Add(booking);
            }
            await Write(group.Key, page, updated);
        }
    }

    public async Task<SeriesRecord> Series(string seriesId)
    {
        var state = new GrainState<SeriesRecord>(new SeriesRecord());
        await storage.ReadStateAsync(SeriesName(seriesId), grainId, state);
        return state.State ?? new SeriesRecord();
    }

    public Task SaveSeries(string seriesId, SeriesRecord series) =>
        storage.WriteStateAsync(SeriesName(seriesId), grainId, new GrainState<SeriesRecord>(series));

    private async Task Write(YearMonth month, GrainState<CalendarPage> page, List<Booking> bookings)
    {
        var previous = page.State;
        page.State = new CalendarPage { Bookings = bookings };
        try
        {
            await storage.WriteStateAsync(PageName(month), grainId, page);
        }
        catch
        {
            // The write did not happen (or we cannot know): forget the page so it is read afresh next time.
            page.State = previous;
            Forget(month);
            throw;
        }
    }

    private async Task<GrainState<CalendarPage>> Page(YearMonth month)
    {
        if (_pages.TryGetValue(month, out var cached))
        {
            _recentlyUsed.Remove(month);
            _recentlyUsed.AddFirst(month);
            return cached;
        }
        var page = new GrainState<CalendarPage>(new CalendarPage());
        await storage.ReadStateAsync(PageName(month), grainId, page);
        page.State ??= new CalendarPage();
        _pages[month] = page;
        _recentlyUsed.AddFirst(month);
        return page;
    }

    /// <summary>
    /// Drops the least recently used pages beyond the memory bound. Called between operations, never during
    /// one, so an operation always sees every page it loaded.
    /// </summary>
    public void Trim()
    {
        while (_recentlyUsed.Count > MaxPagesInMemory) Forget(_recentlyUsed.Last!.Value);
    }

    private void Forget(YearMonth month)
    {
        _pages.Remove(month);
        _recentlyUsed.Remove(month);
    }

    private static string PageName(YearMonth month) => $"calendar-{month.Year:D4}-{month.Month:D2}";

    private static string SeriesName(string seriesId) => $"series-{seriesId}";
}
