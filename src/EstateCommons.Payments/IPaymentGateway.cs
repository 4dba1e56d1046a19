namespace EstateCommons.Payments;

/// <summary>
/// What EstateCommons needs from a card payment provider: hosted checkout pages (to pay, or to save a card for a
/// later charge), charging a saved card, payment links for charges that failed, refunds, and verified notifications.
/// Every call that moves money carries an idempotency key, so a retry after a timeout never charges or refunds twice.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>False when no provider is configured: nothing is charged, and chargeable items are invoiced instead.</summary>
    bool IsEnabled { get; }

    /// <summary>A hosted page where the payer pays <see cref="CheckoutRequest.Amount"/>; it stops accepting payment at its expiry.</summary>
    Task<HostedCheckout> StartCheckout(CheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>A hosted page where the payer saves a card to be charged later, off-session.</summary>
    Task<HostedCheckout> StartCardSetup(CardSetupRequest request, CancellationToken cancellationToken);

    /// <summary>Closes a hosted page before its expiry (a hold was cancelled); closing one already closed is not an error.</summary>
    Task ExpireCheckout(string checkoutId, CancellationToken cancellationToken);

    /// <summary>Charges a saved card without the payer present. A decline is a result, not an exception.</summary>
    Task<ChargeOutcome> ChargeSavedCard(SavedCardCharge request, CancellationToken cancellationToken);

    /// <summary>A reusable link the payer can follow to pay an amount (used when a saved card was declined).</summary>
    Task<PaymentLink> CreatePaymentLink(PaymentLinkRequest request, CancellationToken cancellationToken);

    Task<RefundOutcome> Refund(RefundRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Checks a notification's signature and age against <paramref name="now"/> and reads it.
    /// </summary>
    /// <exception cref="PaymentNotificationRejectedException">The signature is wrong or missing, or the notification is stale.</exception>
    PaymentNotification ReadNotification(string payload, string? signatureHeader, Instant now);
}
