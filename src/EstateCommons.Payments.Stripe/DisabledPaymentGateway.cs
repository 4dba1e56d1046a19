namespace EstateCommons.Payments.Stripe;

/// <summary>
/// The gateway when no Stripe key is configured: payments are off, so callers invoice instead of charging. Asking it to
/// move money is a programming error (the caller should have checked <see cref="IsEnabled"/>), and no notification can
/// be trusted because there is no secret to check it against.
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
        throw new PaymentNotificationRejectedException("Payments are off, so no payment notification is expected or trusted.");

    private static InvalidOperationException Off() =>
        new($"Payments are off: {StripeOptions.SectionName}:SecretKey is not configured. Check IsEnabled before asking for money.");
}
