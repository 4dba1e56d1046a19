using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Estate;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace EstateCommons.Server.WhatsOn;

/// <summary>
/// A site's "what's on" as an iCalendar feed (RFC 5545) that Outlook, Google and Apple calendars can subscribe to.
/// Times are local with the site's TZID, and a VTIMEZONE defines the zone (Outlook ignores a TZID it has no
/// definition for). Each event's UID is made from what it is (market day, or licence session) rather than drawn at
/// random, so each refresh updates a subscriber's events instead of adding copies.
/// </summary>
public static class SiteCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The feed covers the recent past, so a subscriber's last few weeks stay put, and the next six months.</summary>
    public const int DaysBack = 30;

    public const int DaysAhead = 180;

    private const string ProductId = "-//EstateCommons//What's on//EN";

    public static string Ics(WhatsOnSchedule schedule, Instant now)
    {
        var site = schedule.Site;
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"What's on at {site.Name}");
        calendar.AddProperty("X-WR-TIMEZONE", site.TimeZoneId);
        calendar.AddTimeZone(site.TimeZoneId, schedule.First.ToDateTimeUnspecified(), includeHistoricalData: false);
        var stamp = new CalDateTime(now.ToDateTimeUtc());
        foreach (var day in schedule.MarketDays)
        {
            calendar.Events.Add(Event($"{day.Market.SiteId}/markets/{day.Market.MarketId}/{LocalClock.Format(day.Date)}", day.Opening, site.TimeZone, stamp,
                day.Name, Place(day.Location, site.Name), string.Join("\n\n", new[] { day.PublicDescription, Sellers(day) }.Where(part => part.Length > 0))));
        }
        foreach (var session in schedule.Services)
        {
            // A licence may hold a space more than once on a weekday, so the session's start names it within the day.
            var start = session.Hours.Start.InZone(site.TimeZone).LocalDateTime;
            calendar.Events.Add(Event($"{session.Space.SiteId}/spaces/{session.Space.SpaceId}/licences/{session.LicenceId}/{start:yyyy'-'MM'-'dd'T'HHmm}",
                session.Hours, site.TimeZone, stamp, session.OrganisationName, Place(session.SpaceName, site.Name), session.PublicDescription));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>An event to show, not to block time: subscribers stay free for meetings while a market is on.</summary>
    private static CalendarEvent Event(string key, Interval span, DateTimeZone zone, CalDateTime stamp, string summary, string location, string description) => new()
    {
        Uid = $"{key}@estatecommons",
        DtStamp = stamp,
        DtStart = Local(span.Start, zone),
        DtEnd = Local(span.End, zone),
        Summary = summary,
        Location = location,
        Description = description,
        Transparency = "TRANSPARENT",
    };

    private static string Sellers(MarketDayOn day) => day.Traders.Count == 0
        ? "Sellers for this day are not confirmed yet."
        : "Sellers:\n" + string.Join("\n", day.Traders.Select(t => $"{t.BusinessName} ({string.Join(", ", t.Categories)})"));

    internal static string Place(string where, string siteName) => where.Length == 0 ? siteName : $"{where}, {siteName}";

    /// <summary>An instant as a local time with the zone's TZID, as Outlook, Google and Apple calendars read it.</summary>
    internal static CalDateTime Local(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return new CalDateTime(local.Date.ToDateOnly(), local.TimeOfDay.ToTimeOnly(), zone.Id);
    }
}
