using Stripe.Checkout;

namespace EstateCommons.Payments.Stripe;

/// <summary>
/// The payments port on Stripe, through Stripe.net: Checkout Sessions for hosted pages (to pay, or to save a card),
/// off-session Payment Intents to charge a saved card, Payment Links after a decline, Refunds, and signed webhook
/// events. Every call that creates or changes something at Stripe carries an idempotency key, so Stripe.net's own
/// retries and ours never do it twice.
/// </summary>
public sealed class StripePaymentGateway : IPaymentGateway
{
    private readonly StripeClient client;
    private readonly StripeNotificationReader notifications;

    public StripePaymentGateway(StripeOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.SecretKey, nameof(options.SecretKey));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.WebhookSecret, nameof(options.WebhookSecret));
        client = new StripeClient(new StripeClientOptions
        {
            ApiKey = options.SecretKey,
            ApiBase = string.IsNullOrWhiteSpace(options.ApiBase) ? null : options.ApiBase.TrimEnd('/'),
        });
        notifications = new StripeNotificationReader(client, options.WebhookSecret);
    }

    public bool IsEnabled => true;

    public Task<HostedCheckout> StartCheckout(CheckoutRequest request, CancellationToken cancellationToken) =>
        OpenPage(StripeParameters.Checkout(request), request.IdempotencyKey, "open a checkout page", cancellationToken);

    public Task<HostedCheckout> StartCardSetup(CardSetupRequest request, CancellationToken cancellationToken) =>
        OpenPage(StripeParameters.CardSetup(request), request.IdempotencyKey, "open a card setup page", cancellationToken);

    public async Task ExpireCheckout(string checkoutId, CancellationToken cancellationToken)
    {
        try
        {
            // The port gives no key here; one derived from the page makes every retry of this close the same request.
            await client.V1.Checkout.Sessions.ExpireAsync(
                checkoutId, null, StripeCalls.Keyed($"expire-{checkoutId}"), cancellationToken);
        }
        catch (StripeException refused) when (refused.StripeError?.Type == "invalid_request_error")
        {
            // Stripe refuses to expire a page that is no longer open; one already paid or expired is closed already.
            var session = await StripeCalls.Run(
                () => client.V1.Checkout.Sessions.GetAsync(checkoutId, null, null, cancellationToken),
                "check a checkout page it would not close", cancellationToken);
            if (session.Status == "open")
            {
                throw StripeCalls.Failure(refused, "close a checkout page");
            }
        }
        catch (Exception e) when (StripeCalls.IsProviderFailure(e, cancellationToken))
        {
            throw StripeCalls.Failure(e, "close a checkout page");
        }
    }

    public async Task<ChargeOutcome> ChargeSavedCard(SavedCardCharge request, CancellationToken cancellationToken)
    {
        try
        {
            var intent = await client.V1.PaymentIntents.CreateAsync(
                StripeParameters.SavedCardCharge(request), StripeCalls.Keyed(request.IdempotencyKey), cancellationToken);
            // A card payment still processing has been accepted; should it fail after all, payment_failed says so.
            return intent.Status is "succeeded" or "processing"
                ? new ChargeOutcome(true, intent.Id, null)
                : new ChargeOutcome(false, intent.Id, intent.LastPaymentError?.Message ?? $"The payment was left {intent.Status}.");
        }
        catch (StripeException declined) when (declined.StripeError?.Type == "card_error")
        {
            // Stripe answers a declined off-session charge with an error that still names the payment intent it made.
            return new ChargeOutcome(false, declined.StripeError.PaymentIntent?.Id, declined.StripeError.Message);
        }
        catch (Exception e) when (StripeCalls.IsProviderFailure(e, cancellationToken))
        {
            throw StripeCalls.Failure(e, "charge a saved card");
        }
    }

    public async Task<PaymentLink> CreatePaymentLink(PaymentLinkRequest request, CancellationToken cancellationToken)
    {
        var link = await StripeCalls.Run(
            () => client.V1.PaymentLinks.CreateAsync(
                StripeParameters.PaymentLink(request), StripeCalls.Keyed(request.IdempotencyKey), cancellationToken),
            "create a payment link", cancellationToken);
        return new PaymentLink(link.Id, link.Url);
    }

    public async Task<RefundOutcome> Refund(RefundRequest request, CancellationToken cancellationToken)
    {
        var refund = await StripeCalls.Run(
            () => client.V1.Refunds.CreateAsync(
                StripeParameters.Refund(request), StripeCalls.Keyed(request.IdempotencyKey), cancellationToken),
            "refund a payment", cancellationToken);
        // A pending refund has been accepted and will reach the card; failed and cancelled ones will not.
        return new RefundOutcome(
            refund.Id, StripeMoney.FromStripe(refund.Amount, refund.Currency), refund.Status is "succeeded" or "pending");
    }

    public PaymentNotification ReadNotification(string payload, string? signatureHeader, Instant now) =>
        notifications.Read(payload, signatureHeader, now);

    private async Task<HostedCheckout> OpenPage(
        SessionCreateOptions page, string idempotencyKey, string purpose, CancellationToken cancellationToken)
    {
        var session = await StripeCalls.Run(
            () => client.V1.Checkout.Sessions.CreateAsync(page, StripeCalls.Keyed(idempotencyKey), cancellationToken),
            purpose, cancellationToken);
        return new HostedCheckout(session.Id, session.Url, StripeTime.ToInstant(session.ExpiresAt));
    }
}
