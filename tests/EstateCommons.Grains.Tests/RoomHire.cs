using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Payments;
using EstateCommons.Payments.Testing;

namespace EstateCommons.Grains.Tests;

/// <summary>Steps of a room hire that tests take again and again: paying, reading bookings back, and the site's ledger.</summary>
public static class RoomHire
{
    public static Instant Now => TwoSiloCluster.Clock.GetCurrentInstant();

    public static IPaymentGrain PaymentOf(this IGrainFactory grains, Payment payment) => grains.GetGrain<IPaymentGrain>(payment.Id);

    /// <summary>The provider says the hosted page was paid; each call is a new event.</summary>
    public static Task<bool> Pay(this IGrainFactory grains, Payment payment) =>
        grains.PaymentOf(payment).Apply(ProviderEvents.CheckoutPaid(payment, "evt-" + Guid.NewGuid().ToString("N"), Now));

    public static async Task<IReadOnlyList<BookingStatus>> Statuses(this ISpaceGrain space, IEnumerable<Booking> bookings) =>
        (await Task.WhenAll(bookings.Select(b => space.GetBooking(b.Id)))).Select(b => b!.Status).ToList();

    /// <summary>This month's ledger of the space's site, where payments and invoice lines made now are kept.</summary>
    public static Task<Reconciliation> LedgerNow(this IGrainFactory grains, ISpaceGrain space)
    {
        var site = space.GetPrimaryKeyString().Split('/')[0];
        return grains.GetGrain<ISiteLedgerGrain>(LedgerMonth.Of(site, Now, Estate.London).Key).Reconcile();
    }

    public static Recurrence Weekly(int count) => new(RecurrenceFrequency.Weekly, count, null);

    /// <summary>A local date-time <paramref name="days"/> ahead of the test clock, at the hour given, as requests are written.</summary>
    public static string DaysAhead(int days, int hour) =>
        LocalClock.Format(Now.InZone(Estate.London).Date.PlusDays(days).At(new LocalTime(hour, 0)));
}
