namespace EstateCommons.Payments;

/// <summary>
/// The gateway when no payment provider is configured: payments are off, so nothing is ever charged and chargeable
/// items are listed to invoice. Asking it to move money is a bug in the caller, not a payer's problem.
/// </summary>
public sealed class DisabledPaymentGateway : IPaymentGateway
{
    public bool IsEnabled => false;

    public Task<HostedCheckout> StartCheckout(CheckoutRequest request, CancellationToken cancellationToken) => throw Off();

    public Task<HostedCheckout> StartCardSetup(CardSetupRequest request, CancellationToken cancellationToken) => throw Off();

    public Task ExpireCheckout(string checkoutId, CancellationToken cancellationToken) => throw Off();

    public Task<ChargeOutcome> ChargeSavedCard(SavedCardCharge request, CancellationToken cancellationToken) => throw Off();

    public Task<PaymentLink> CreatePaymentLink(PaymentLinkRequest request, CancellationToken cancellationToken) => throw Off();

    public Task<RefundOutcome> Refund(RefundRequest request, CancellationToken cancellationToken) => throw Off();

    public PaymentNotification ReadNotification(string payload, string? signatureHeader, Instant now) =>
        throw new PaymentNotificationRejectedException("Payments are off, so no payment notifications are accepted.");

    private static InvalidOperationException Off() => new("Payments are off (no EstateCommons:Stripe:SecretKey is configured).");
}
