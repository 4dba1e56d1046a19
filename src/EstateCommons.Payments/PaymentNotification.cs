namespace EstateCommons.Payments;

/// <summary>What a verified notification from the payment provider says happened.</summary>
public enum PaymentNotificationKind
{
    /// <summary>A hosted payment page was paid.</summary>
    CheckoutPaid,

    /// <summary>A hosted card-setup page saved a card (<see cref="PaymentNotification.CustomerId"/>, <see cref="PaymentNotification.PaymentMethodId"/>).</summary>
    CardSaved,

    /// <summary>A hosted page expired unpaid.</summary>
    CheckoutExpired,

    /// <summary>A charge succeeded (including one made through a payment link).</summary>
    PaymentSucceeded,

    /// <summary>A charge failed.</summary>
    PaymentFailed,

    /// <summary>Any other event: acknowledged and ignored.</summary>
    Other,
}

/// <summary>
/// A verified provider notification. <see cref="EventId"/> is unique per event, so a delivery repeated by the provider
/// can be recognised; <see cref="OccurredAt"/> orders events that arrive out of order; <see cref="PaymentId"/> is ours,
/// carried through the provider, naming the payment the event is about (null for events we did not cause).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PaymentNotification(
    string EventId,
    string EventType,
    PaymentNotificationKind Kind,
    Instant OccurredAt,
    string? PaymentId,
    string? CheckoutId,
    string? ProviderPaymentId,
    Money? Amount,
    string? CustomerId,
    string? PaymentMethodId,
    string? FailureReason);
