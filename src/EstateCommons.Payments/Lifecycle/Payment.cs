namespace EstateCommons.Payments;

/// <summary>Where a payment stands.</summary>
public enum PaymentStatus
{
    /// <summary>A hosted page is open for the payer.</summary>
    Open,

    /// <summary>The payer saved a card; it is charged once the amount is known.</summary>
    CardSaved,

    Paid,

    /// <summary>Charging the saved card failed; a payment link is outstanding.</summary>
    Failed,

    /// <summary>Not paid in time: what it held was released.</summary>
    Expired,

    /// <summary>Called off before it was paid.</summary>
    Cancelled,

    /// <summary>Payments are off; the amount is for the finance team to invoice.</summary>
    ToInvoice,
}

/// <summary>A refund made against a payment: our key for it (so a retry refunds once), the provider's id, amount and why.</summary>
[GenerateSerializer, Immutable]
public sealed record PaymentRefund(string Key, string RefundId, Money Amount, string Reason, Instant At);

/// <summary>
/// One payment through its life: the order, where it stands, the provider's ids for its pages, payment, customer and
/// card, any payment link for a failed charge, what was finally charged, refunds, and the notifications already
/// applied (so a repeated delivery has no second effect).
/// </summary>
[GenerateSerializer, Immutable]
public sealed partial record Payment(
    string Id,
    PaymentOrder Order,
    PaymentStatus Status,
    Instant CreatedAt,
    string? CheckoutId = null,
    string? CheckoutUrl = null,
    string? ProviderPaymentId = null,
    string? CustomerId = null,
    string? PaymentMethodId = null,
    string? PaymentLinkUrl = null,
    string? FailureReason = null,
    Money? AmountDue = null,
    Instant? PaidAt = null,
    Instant? ClosedAt = null,
    bool PaidAfterRelease = false,
    IReadOnlyList<PaymentRefund>? Refunds = null,
    IReadOnlyList<string>? AppliedEvents = null)
{
    public const int RememberedEvents = 50;

    /// <summary>Stripe will not charge a card less than 30p, so a smaller amount due on a saved card is waived, not charged.</summary>
    public static readonly Money SmallestCardCharge = Money.Gbp(30);

    public IReadOnlyList<PaymentRefund> RefundList => Refunds ?? [];

    /// <summary>What is owed: the order's amount, or for a saved card the amount worked out later.</summary>
    public Money Due => AmountDue ?? Order.Amount;

    public Money Refunded => new(RefundList.Sum(r => r.Amount.MinorUnits), Order.Amount.Currency);

    /// <summary>
    /// How much of what was paid can still be refunded; for a payment to invoice, how much is still to be invoiced
    /// (its refunds are credits taken off the invoice).
    /// </summary>
    public Money Refundable => Status is PaymentStatus.Paid or PaymentStatus.ToInvoice ? Due.Minus(Refunded) : Money.Zero(Order.Amount.Currency);

    public bool HasApplied(string eventId) => (AppliedEvents ?? []).Contains(eventId, StringComparer.Ordinal);
}
