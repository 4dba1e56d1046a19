using NodaTime;

namespace EstateCommons.Payments.Testing;

/// <summary>Verified notifications as the payment provider would send them about a payment started in a test.</summary>
public static class ProviderEvents
{
    public static PaymentNotification CheckoutPaid(Payment payment, string eventId, Instant at) => new(
        eventId, "checkout.session.completed", PaymentNotificationKind.CheckoutPaid, at, payment.Id,
        payment.CheckoutId, $"pi_test_{payment.Id}", payment.Order.Amount, null, null, null);

    public static PaymentNotification CheckoutExpired(Payment payment, string eventId, Instant at) => new(
        eventId, "checkout.session.expired", PaymentNotificationKind.CheckoutExpired, at, payment.Id,
        payment.CheckoutId, null, null, null, null, null);
}
