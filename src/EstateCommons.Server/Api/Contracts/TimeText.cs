using EstateCommons.Domain.Calendar;
using NodaTime.Text;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>How times appear in responses: local times as people typed them, instants with their offset in the site's zone.</summary>
public static class TimeText
{
    private static readonly OffsetDateTimePattern WithOffset = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    public static string Instant(Instant instant, DateTimeZone zone) => WithOffset.Format(instant.InZone(zone).ToOffsetDateTime());

    public static string Local(Instant instant, DateTimeZone zone) => LocalClock.Format(instant.InZone(zone).LocalDateTime);

    public static long Minutes(Duration duration) => (long)Math.Round(duration.TotalMinutes);
}

/// <summary>A span of time as responses show it.</summary>
public sealed record SpanView(string Start, string End, string StartInstant, string EndInstant, long DurationMinutes)
{
    public static SpanView Of(Interval interval, DateTimeZone zone) => new(
        TimeText.Local(interval.Start, zone), TimeText.Local(interval.End, zone),
        TimeText.Instant(interval.Start, zone), TimeText.Instant(interval.End, zone),
        TimeText.Minutes(interval.Duration));
}
