using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Spaces;

namespace EstateCommons.Grains.Spaces;

/// <summary>The small, slowly changing part of a space: its definition and licences. Bookings live in <see cref="CalendarPage"/>s.</summary>
public sealed class SpaceState
{
    public SpaceDefinition? Definition { get; set; }
    public string? TrustId { get; set; }
    public string? TimeZoneId { get; set; }

    /// <summary>The site's name, as payers see it on the payment page (null for spaces defined before it was kept).</summary>
    public string? SiteName { get; set; }

    public List<Licence> Licences { get; set; } = [];

    /// <summary>
    /// The longest booking ever stored here. A booking overlapping a time started at most this long before it,
    /// so checks read only the pages within that reach, not a worst case.
    /// </summary>
    public Duration LongestBooking { get; set; }

    /// <summary>The local date the space was first offered: earlier days had nothing open to book.</summary>
    public LocalDate? ListedFrom { get; set; }

    /// <summary>The last day whose usage has been reported to the site's roll-up ahead of time.</summary>
    public LocalDate? UsagePublishedThrough { get; set; }

    /// <summary>Months beyond <see cref="UsagePublishedThrough"/> reported whole because something was booked in them.</summary>
    public List<YearMonth> UsageMonthsAhead { get; set; } = [];

    /// <summary>Days whose usage changed but could not be reported; the daily reminder reports them.</summary>
    public List<LocalDate> UsageOwed { get; set; } = [];
}
