using System.Text.Json;
using Stripe.Checkout;

namespace EstateCommons.Payments.Stripe;

/// <summary>
/// Reads a Stripe webhook delivery: checks its <c>Stripe-Signature</c> with Stripe.net against the endpoint's signing
/// secret and the time the caller says it is, then says in the port's words what happened and to which payment.
/// </summary>
internal sealed class StripeNotificationReader(StripeClient client, string webhookSecret)
{
    // Stripe's recommended window: a delivery signed longer ago than this may be a replay.
    private const long ToleranceSeconds = 300;

    public PaymentNotification Read(string payload, string? signatureHeader, Instant now)
    {
        var stripeEvent = Verify(payload, signatureHeader, now);
        return (stripeEvent.Type, stripeEvent.Data?.Object) switch
        {
            ("checkout.session.completed", Session { Mode: "setup" } session) => CardSaved(stripeEvent, session),
            ("checkout.session.completed", Session { PaymentStatus: "paid" } session) => CheckoutPaid(stripeEvent, session),
            // Delayed payment methods complete the page first and are paid (or not) later.
            ("checkout.session.async_payment_succeeded", Session session) => CheckoutPaid(stripeEvent, session),
            ("checkout.session.async_payment_failed", Session session) =>
                About(stripeEvent, PaymentNotificationKind.PaymentFailed, session) with
                {
                    ProviderPaymentId = session.PaymentIntentId,
                    FailureReason = "The payment did not go through.",
                },
            ("checkout.session.expired", Session session) => About(stripeEvent, PaymentNotificationKind.CheckoutExpired, session),
            ("payment_intent.succeeded", PaymentIntent intent) => About(stripeEvent, PaymentNotificationKind.PaymentSucceeded, intent),
            ("payment_intent.payment_failed", PaymentIntent intent) =>
                About(stripeEvent, PaymentNotificationKind.PaymentFailed, intent) with { FailureReason = intent.LastPaymentError?.Message },
            _ => Notification(stripeEvent, PaymentNotificationKind.Other, paymentId: null),
        };
    }

    private Event Verify(string payload, string? signatureHeader, Instant now)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            throw new PaymentNotificationRejectedException("The notification carries no Stripe-Signature header.");
        }
        try
        {
            // Our endpoint's API version is chosen in Stripe's dashboard and may trail Stripe.net's; the fields read
            // here (ids, metadata, amounts, statuses) mean the same in every version, so a mismatch is no reason to refuse.
            return EventUtility.ConstructEvent(
                payload, signatureHeader, webhookSecret, ToleranceSeconds, now.ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (Exception e) when (e is StripeException or FormatException or OverflowException or JsonException or ArgumentException)
        {
            throw new PaymentNotificationRejectedException($"The Stripe notification was refused: {e.Message}", e);
        }
    }

    private PaymentNotification CardSaved(Event stripeEvent, Session session) =>
        About(stripeEvent, PaymentNotificationKind.CardSaved, session) with
        {
            PaymentMethodId = session.SetupIntentId is { } setupIntentId ? SavedPaymentMethod(setupIntentId) : null,
        };

    // A webhook's session names its setup intent without expanding it, and only the setup intent knows the card saved.
    // The port reads notifications synchronously, so this one lookup is made synchronously too.
    private string? SavedPaymentMethod(string setupIntentId) =>
        StripeCalls.RunNow(() => client.V1.SetupIntents.Get(setupIntentId), "read the card a checkout saved").PaymentMethodId;

    private static PaymentNotification CheckoutPaid(Event stripeEvent, Session session) =>
        About(stripeEvent, PaymentNotificationKind.CheckoutPaid, session) with
        {
            ProviderPaymentId = session.PaymentIntentId,
            Amount = session.AmountTotal is { } total ? StripeMoney.FromStripe(total, session.Currency) : null,
        };

    private static PaymentNotification About(Event stripeEvent, PaymentNotificationKind kind, Session session) =>
        Notification(stripeEvent, kind, PaymentIdOf(session.Metadata)) with
        {
            CheckoutId = session.Id,
            CustomerId = session.CustomerId,
        };

    private static PaymentNotification About(Event stripeEvent, PaymentNotificationKind kind, PaymentIntent intent) =>
        Notification(stripeEvent, kind, PaymentIdOf(intent.Metadata)) with
        {
            ProviderPaymentId = intent.Id,
            Amount = StripeMoney.FromStripe(intent.Amount, intent.Currency),
            CustomerId = intent.CustomerId,
            PaymentMethodId = intent.PaymentMethodId,
        };

    private static PaymentNotification Notification(Event stripeEvent, PaymentNotificationKind kind, string? paymentId) => new(
        EventId: stripeEvent.Id,
        EventType: stripeEvent.Type,
        Kind: kind,
        OccurredAt: StripeTime.ToInstant(stripeEvent.Created),
        PaymentId: paymentId,
        CheckoutId: null,
        ProviderPaymentId: null,
        Amount: null,
        CustomerId: null,
        PaymentMethodId: null,
        FailureReason: null);

    private static string? PaymentIdOf(Dictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(StripeParameters.PaymentIdKey, out var paymentId) ? paymentId : null;
}
