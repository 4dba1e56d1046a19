using System.Text.Json;
using EstateCommons.Domain.Bookings;
using EstateCommons.Grains.Spaces;
using EstateCommons.Storage;

namespace EstateCommons.Grains.Tests;

/// <summary>Records written before room hire was paid for still read back, as unpaid bookings under the default cancellation policy.</summary>
public sealed class StoredDataCompatibilityTests
{
    private static readonly JsonSerializerOptions Stored = FileGrainStorageJson.CreateDefaultOptions();

    [Fact]
    public void A_calendar_page_written_before_payments_reads_back_with_bookings_that_owe_nothing()
    {
        const string page = """
            {"bookings":[{"id":"northfield-general.seminar-room-1.20270316.abcdefghjkmn",
              "space":{"siteId":"northfield-general","spaceId":"seminar-room-1","key":"northfield-general/seminar-room-1"},
              "organisationId":"org-northfield-carers","organisationKind":"RegisteredCharity","bookedBy":"coordinator@carers.example",
              "start":"2027-03-16T10:00:00Z","end":"2027-03-16T12:00:00Z","timeZoneId":"Europe/London","attendees":12,
              "purpose":"Carers peer support","status":"Confirmed",
              "price":{"fullRate":{"minorUnits":7000,"currency":"GBP"},"charged":{"minorUnits":0,"currency":"GBP"},"concessionPercent":100,"inKind":{"minorUnits":7000,"currency":"GBP"}},
              "seriesId":null,"createdAt":"2026-11-23T09:00:00Z","statusNote":null,
              "interval":{"start":"2027-03-16T10:00:00Z","end":"2027-03-16T12:00:00Z"},"length":"0:02:00:00","holdsTime":true,"page":"2027-03-16"}]}
            """;

        var booking = Assert.Single(JsonSerializer.Deserialize<CalendarPage>(page, Stored)!.Bookings);

        Assert.Equal((BookingStatus.Confirmed, null, null), (booking.Status, booking.PaymentId, booking.HoldUntil));
        Assert.True(booking.HoldsTime);
    }

    [Fact]
    public void A_space_defined_before_cancellation_policies_refunds_with_48_hours_notice()
    {
        var written = JsonSerializer.Serialize(new SpaceState { Definition = Estate.Space(), TrustId = "trust-a", TimeZoneId = "Europe/London" }, Stored);
        var before = written.Replace(",\"cancellation\":null", "", StringComparison.Ordinal).Replace(",\"siteName\":null", "", StringComparison.Ordinal);
        Assert.DoesNotContain("\"cancellation\"", before);

        var space = JsonSerializer.Deserialize<SpaceState>(before, Stored)!;

        Assert.Null(space.SiteName);
        Assert.Equal(48, space.Definition!.CancellationPolicy.FullRefundHoursBefore);
    }
}
