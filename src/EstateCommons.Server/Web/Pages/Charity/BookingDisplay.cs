using System.Globalization;
using EstateCommons.Domain;
using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Spaces;

namespace EstateCommons.Server.Web.Pages.Charity;

/// <summary>How a booking reads on the pages: its status as an NHS.UK tag (words, not colour alone), its times and price.</summary>
public static class BookingDisplay
{
    public static (string Text, string Colour) Status(BookingStatus status) => status switch
    {
        BookingStatus.Confirmed => ("Confirmed", "green"),
        BookingStatus.PendingApproval => ("Waiting for approval", "yellow"),
        BookingStatus.PendingPayment => ("Waiting for payment", "orange"),
        BookingStatus.Cancelled => ("Cancelled", "grey"),
        BookingStatus.Rejected => ("Rejected", "red"),
        BookingStatus.PaymentExpired => ("Not paid in time", "red"),
        BookingStatus.NoShow => ("Did not attend", "grey"),
        _ => (status.ToString(), "white"),
    };

    public static string Kind(SpaceKind kind) => kind switch
    {
        SpaceKind.ClinicRoom => "Clinic room",
        SpaceKind.CharitySpace => "Charity space",
        SpaceKind.Outdoor => "Outdoor space",
        _ => kind.ToString(),
    };

    public static string Access(Accessibility access) => string.Join(", ", new[]
    {
        access.StepFreeAccess ? "Step-free access" : "Not step-free",
        access.AccessibleToilet ? "accessible toilet" : null,
        access.HearingLoop ? "hearing loop" : null,
    }.OfType<string>());

    public static string When(Booking booking) =>
        $"{DisplayTime.Date(booking.LocalStart.Date)}, {DisplayTime.Hours(booking.Interval, DateTimeZoneProviders.Tzdb[booking.TimeZoneId])}";

    public static string Pounds(Money money) =>
        money.Currency == Money.PoundSterling
            ? "£" + (money.MinorUnits / 100m).ToString("0.00", CultureInfo.InvariantCulture)
            : $"{(money.MinorUnits / 100m).ToString("0.00", CultureInfo.InvariantCulture)} {money.Currency}";

    /// <summary>The names of the spaces and sites the bookings are in, read once per space.</summary>
    public static async Task<IReadOnlyDictionary<SpaceRef, string>> Places(IGrainFactory grains, IEnumerable<Booking> bookings)
    {
        var spaces = bookings.Select(b => b.Space).Distinct().ToList();
        var names = await Task.WhenAll(spaces.Select(async space =>
        {
            var snapshot = await grains.GetGrain<ISpaceGrain>(space.Key).Get();
            var site = await grains.GetGrain<ISiteGrain>(space.SiteId).Get();
            return $"{snapshot?.Definition.Name ?? space.SpaceId}, {site?.Name ?? space.SiteId}";
        }));
        return spaces.Zip(names).ToDictionary(p => p.First, p => p.Second);
    }
}
