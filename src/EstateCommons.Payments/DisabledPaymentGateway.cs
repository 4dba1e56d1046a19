namespace EstateCommons.Payments;

/// <summary>
/// The gateway when no provider is configured: payments are off, so chargeable items are listed to invoice and nothing
/// ever reaches a provider. Asking it to move money is a bug in the caller, not a provider outage.
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
        throw new PaymentNotificationRejectedException("Payments are off: no provider is configured, so no notification can be verified.");

    private static InvalidOperationException Off() =>
        new("Payments are off: no provider is configured. Chargeable items are invoiced instead; check IsEnabled before asking for money.");
}
