using EstateCommons.Domain.Bookings;

namespace EstateCommons.Grains.Spaces;

/// <summary>
/// The bookings of one space that start in one UTC month. Pages keep each write bounded: booking in a space
/// with ten years of history rewrites one month, not ten years.
/// </summary>
public sealed class CalendarPage
{
    public List<Booking> Bookings { get; set; } = [];
}
