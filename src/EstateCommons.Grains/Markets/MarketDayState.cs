using EstateCommons.Domain.Markets;

namespace EstateCommons.Grains.Markets;

public sealed class MarketDayState
{
    public MarketDay Day { get; set; } = MarketDay.Empty;

    /// <summary>Whether the market has been told who missed out at this day's allocation (for rotation).</summary>
    public bool MissesRecorded { get; set; }

    /// <summary>The deadline the reminder is registered for, so it is re-registered only when that changes.</summary>
    public Instant? ReminderFor { get; set; }
}
