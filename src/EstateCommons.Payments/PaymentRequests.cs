namespace EstateCommons.Payments;

/// <summary>
/// Pay <see cref="Amount"/> on a hosted page for one thing, described by <see cref="Description"/> (which the payer sees
/// on the page and their receipt). <see cref="PaymentId"/> is ours and comes back on every notification about it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CheckoutRequest(
    string PaymentId,
    Money Amount,
    string Description,
    string PayerEmail,
    Instant ExpiresAt,
    string SuccessUrl,
    string CancelUrl,
    string IdempotencyKey);

/// <summary>Save a card on a hosted page, to be charged later for <see cref="Description"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record CardSetupRequest(
    string PaymentId,
    string Description,
    string PayerEmail,
    string Currency,
    string SuccessUrl,
    string CancelUrl,
    string IdempotencyKey);

/// <summary>Charge a card saved through <see cref="CardSetupRequest"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record SavedCardCharge(string PaymentId, Money Amount, string Description, string CustomerId, string PaymentMethodId, string IdempotencyKey);

[GenerateSerializer, Immutable]
public sealed record PaymentLinkRequest(string PaymentId, Money Amount, string Description, string IdempotencyKey);

/// <summary>Refund <see cref="Amount"/> of a payment, identified by the provider's id for it.</summary>
[GenerateSerializer, Immutable]
public sealed record RefundRequest(string PaymentId, string ProviderPaymentId, Money Amount, string Reason, string IdempotencyKey);
