using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Spaces;
using EstateCommons.Server.WhatsOn;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>
/// A booking, or the bookings of a series, as an iCalendar file (RFC 5545) to add to a calendar once. Times are
/// local with the site's TZID and a VTIMEZONE, as the site's feed has them. The UID is the booking id, so adding the
/// file again updates the event; a cancelled booking goes out as CANCELLED, which removes it.
/// </summary>
public static class BookingCalendar
{
    private const string ProductId = "-//EstateCommons//Bookings//EN";

    public static string Ics(IReadOnlyList<Booking> bookings, IReadOnlyDictionary<SpaceRef, string> places, Instant now)
    {
        var zoneId = bookings[0].TimeZoneId;
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddTimeZone(zoneId, bookings[0].LocalStart.LocalDateTime.ToDateTimeUnspecified(), includeHistoricalData: false);
        var stamp = new CalDateTime(now.ToDateTimeUtc());
        foreach (var booking in bookings)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{booking.Id}@estatecommons",
                DtStamp = stamp,
                DtStart = SiteCalendar.Local(booking.Start, zone),
                DtEnd = SiteCalendar.Local(booking.End, zone),
                Summary = booking.Purpose,
                Location = places[booking.Space],
                Description = $"Booked on EstateCommons for {booking.Attendees} people. Status: {BookingDisplay.Status(booking.Status).Text}.",
                Status = booking.HoldsTime ? "CONFIRMED" : "CANCELLED",
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
