using EstateCommons.Domain.Bookings;
using Orleans.Storage;

namespace EstateCommons.Grains.Spaces;

/// <summary>
/// Reads and writes a space's daily calendar pages and series records as separate storage records
/// ("calendar-2027-03-28", "series-abc"), loading pages only when a request needs them and keeping a bounded
/// number in memory. Only the owning space grain uses it, so there is one writer per record.
/// </summary>
internal sealed class CalendarStore(IGrainStorage storage, GrainId grainId)
{
    private const int MaxPagesInMemory = 400;
    private readonly Dictionary<LocalDate, GrainState<CalendarPage>> _pages = [];
    private readonly LinkedList<LocalDate> _recentlyUsed = new();

    /// <summary>
    /// Makes sure every page whose bookings could overlap the range is in memory (until the next <see cref="Trim"/>).
    /// <paramref name="longestBooking"/> is how far before the range an overlapping booking can have started.
    /// </summary>
    public async Task LoadAround(Interval range, Duration longestBooking)
    {
        foreach (var day in PagesAround(range, longestBooking)) await Page(day);
    }

    /// <summary>Bookings on pages in memory that overlap the range. Call <see cref="LoadAround"/> first.</summary>
    public IEnumerable<Booking> LoadedOverlapping(Interval range, Duration longestBooking)
    {
        foreach (var day in PagesAround(range, longestBooking))
        {
            if (!_pages.TryGetValue(day, out var page)) continue;
            foreach (var booking in page.State!.Bookings)
            {
                if (booking.Start < range.End && range.Start < booking.End) yield return booking;
            }
        }
    }

    public async Task<Booking?> Find(string bookingId, LocalDate day)
    {
        var page = await Page(day);
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

    /// <summary>
    /// Drops the least recently used pages beyond the memory bound. Called between operations, never during
    /// one, so an operation always sees every page it loaded.
    /// </summary>
    public void Trim()
    {
        while (_recentlyUsed.Count > MaxPagesInMemory) Forget(_recentlyUsed.Last!.Value);
    }

    private static IEnumerable<LocalDate> PagesAround(Interval range, Duration longestBooking)
    {
        var last = Booking.PageOf(range.End);
        for (var day = Booking.PageOf(range.Start - longestBooking); day <= last; day = day.PlusDays(1)) yield return day;
    }

    private async Task Write(LocalDate day, GrainState<CalendarPage> page, List<Booking> bookings)
    {
        var previous = page.State;
        page.State = new CalendarPage { Bookings = bookings };
        try
        {
            await storage.WriteStateAsync(PageName(day), grainId, page);
        }
        catch
        {
            // The write did not happen (or we cannot know): forget the page so it is read afresh next time.
            page.State = previous;
            Forget(day);
            throw;
        }
    }

    private async Task<GrainState<CalendarPage>> Page(LocalDate day)
    {
        if (_pages.TryGetValue(day, out var cached))
        {
            _recentlyUsed.Remove(day);
            _recentlyUsed.AddFirst(day);
            return cached;
        }
        var page = new GrainState<CalendarPage>(new CalendarPage());
        await storage.ReadStateAsync(PageName(day), grainId, page);
        page.State ??= new CalendarPage();
        _pages[day] = page;
        _recentlyUsed.AddFirst(day);
        return page;
    }

    private void Forget(LocalDate day)
    {
        _pages.Remove(day);
        _recentlyUsed.Remove(day);
    }

    private static string PageName(LocalDate day) => $"calendar-{day.Year:D4}-{day.Month:D2}-{day.Day:D2}";

    private static string SeriesName(string seriesId) => $"series-{seriesId}";
}
