using EstateCommons.Domain.Bookings;

namespace EstateCommons.Grains.Spaces;

/// <summary>
/// The bookings of one space that start on one UTC date. Pages keep each write small and bounded: booking in a
/// space with ten years of history rewrites one day's page, not ten years.
/// </summary>
public sealed class CalendarPage
{
    public List<Booking> Bookings { get; set; } = [];
}
