namespace EstateCommons.Payments;

/// <summary>A hosted page: the provider's id for it, where to send the payer, and when it stops taking payment.</summary>
[GenerateSerializer, Immutable]
public sealed record HostedCheckout(string CheckoutId, string Url, Instant ExpiresAt);

/// <summary>
/// What came of charging a saved card: on success the provider's id for the payment; on a decline the reason the
/// provider gave (for the payer and the manager), and no money moved.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ChargeOutcome(bool Succeeded, string? ProviderPaymentId, string? DeclineReason);

[GenerateSerializer, Immutable]
public sealed record PaymentLink(string LinkId, string Url);

[GenerateSerializer, Immutable]
public sealed record RefundOutcome(string RefundId, Money Amount, bool Succeeded);

/// <summary>The provider could not do what was asked (not a decline: a bad request, an outage, a rejected key).</summary>
public sealed class PaymentProviderException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A notification that cannot be trusted: bad or missing signature, or too old.</summary>
public sealed class PaymentNotificationRejectedException(string message, Exception? inner = null) : Exception(message, inner);
