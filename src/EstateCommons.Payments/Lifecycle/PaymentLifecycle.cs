namespace EstateCommons.Payments;

/// <summary>What the owner of the thing paid for should now do.</summary>
public enum PaymentEffect
{
    None,

    /// <summary>Paid (or the card is saved): confirm what was held.</summary>
    Confirm,

    /// <summary>Not paid in time: release what was held.</summary>
    Release,

    /// <summary>Paid after what it held was released: confirm it again if it is still free, otherwise refund.</summary>
    PaidAfterRelease,
}

/// <summary>A payment after a change, what the owner should do about it, and whether anything changed at all.</summary>
[GenerateSerializer, Immutable]
public sealed record PaymentChange(Payment Payment, PaymentEffect Effect, bool Changed)
{
    public static PaymentChange Unchanged(Payment payment) => new(payment, PaymentEffect.None, false);
}

public sealed partial record Payment
{
    /// <summary>A new payment for an order: open for payment, or straight to invoice when payments are off.</summary>
    public static Payment Start(string id, PaymentOrder order, Instant now) =>
        new(id, order, order.Collection == PaymentCollection.Invoice ? PaymentStatus.ToInvoice : PaymentStatus.Open, now);

    public Payment WithCheckout(string checkoutId, string url) => this with { CheckoutId = checkoutId, CheckoutUrl = url };

    /// <summary>
    /// Applies a verified notification once. Repeats change nothing, and a notification that arrives after a later
    /// state (an "expired" after the payment, say) is recorded but has no effect: payment only moves forward.
    /// </summary>
    public PaymentChange Apply(PaymentNotification notification, Instant now)
    {
        if (HasApplied(notification.EventId)) return PaymentChange.Unchanged(this);
        var seen = this with { AppliedEvents = [.. (AppliedEvents ?? []).TakeLast(RememberedEvents - 1), notification.EventId] };
        return notification.Kind switch
        {
            PaymentNotificationKind.CheckoutPaid or PaymentNotificationKind.PaymentSucceeded => seen.Paid(notification, now),
            PaymentNotificationKind.CardSaved when Status == PaymentStatus.Open && Order.Collection == PaymentCollection.SavedCard =>
                new(seen with { Status = PaymentStatus.CardSaved, CustomerId = notification.CustomerId, PaymentMethodId = notification.PaymentMethodId }, PaymentEffect.Confirm, true),
            PaymentNotificationKind.CheckoutExpired when Status == PaymentStatus.Open =>
                new(seen with { Status = PaymentStatus.Expired, ClosedAt = now }, PaymentEffect.Release, true),
            PaymentNotificationKind.PaymentFailed when Status == PaymentStatus.CardSaved =>
                new(seen with { Status = PaymentStatus.Failed, FailureReason = notification.FailureReason }, PaymentEffect.None, true),
            _ => new(seen, PaymentEffect.None, true),
        };
    }

    /// <summary>The hold ran out before payment: the page closes and what it held is released.</summary>
    public PaymentChange HoldRanOut(Instant now) =>
        Status == PaymentStatus.Open && Order.HoldUntil is { } until && now >= until
            ? new(this with { Status = PaymentStatus.Expired, ClosedAt = now }, PaymentEffect.Release, true)
            : PaymentChange.Unchanged(this);

    /// <summary>Called off before payment (the booking was cancelled, the offer declined). Nothing to release: the owner did it.</summary>
    public PaymentChange Cancel(Instant now) =>
        Status is PaymentStatus.Open or PaymentStatus.CardSaved or PaymentStatus.ToInvoice
            ? new(this with { Status = PaymentStatus.Cancelled, ClosedAt = now }, PaymentEffect.None, true)
            : PaymentChange.Unchanged(this);

    /// <summary>The outcome of charging the saved card <paramref name="amount"/>: paid, or failed and outstanding.</summary>
    public Payment RecordCharge(Money amount, ChargeOutcome outcome, Instant now) =>
        outcome.Succeeded
            ? this with { Status = PaymentStatus.Paid, AmountDue = amount, ProviderPaymentId = outcome.ProviderPaymentId, PaidAt = now }
            : this with { Status = PaymentStatus.Failed, AmountDue = amount, FailureReason = outcome.DeclineReason };

    /// <summary>
    /// A saved-card payment whose amount came to too little to charge (nothing, or under the smallest card charge): settled
    /// with nothing due, and the card never charged.
    /// </summary>
    public Payment SettledWithoutCharge(Instant now) => this with { Status = PaymentStatus.Paid, AmountDue = Money.Zero(Order.Amount.Currency), PaidAt = now };

    public Payment WithPaymentLink(string url) => this with { PaymentLinkUrl = url };

    public Payment WithRefund(PaymentRefund refund) => this with { Refunds = [.. RefundList, refund] };

    private PaymentChange Paid(PaymentNotification notification, Instant now)
    {
        var paid = this with { Status = PaymentStatus.Paid, ProviderPaymentId = notification.ProviderPaymentId ?? ProviderPaymentId, PaidAt = now, FailureReason = null };
        return Status switch
        {
            PaymentStatus.Open => new(paid, PaymentEffect.Confirm, true),
            // A saved card charged, or a payment link paid after a decline: the pitch was confirmed when the card was saved.
            PaymentStatus.CardSaved or PaymentStatus.Failed => new(paid, PaymentEffect.None, true),
            PaymentStatus.Expired or PaymentStatus.Cancelled => new(paid with { PaidAfterRelease = true }, PaymentEffect.PaidAfterRelease, true),
            _ => new(this, PaymentEffect.None, true),
        };
    }
}
