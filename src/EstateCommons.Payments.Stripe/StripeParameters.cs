using Stripe.Checkout;

namespace EstateCommons.Payments.Stripe;

/// <summary>
/// Each request of the port as the Stripe parameters that carry it. Our payment id rides in metadata on every object
/// Stripe creates for it (the session or link, and the payment or setup intent behind it), because a notification
/// names one of those objects, never our request.
/// </summary>
internal static class StripeParameters
{
    public const string PaymentIdKey = "paymentId";

    // Stripe refuses metadata values longer than this.
    private const int MetadataValueLimit = 500;

    public static SessionCreateOptions Checkout(CheckoutRequest request) => new()
    {
        Mode = "payment",
        LineItems = [new SessionLineItemOptions
        {
            Quantity = 1,
            PriceData = new SessionLineItemPriceDataOptions
            {
                Currency = StripeMoney.Currency(request.Amount.Currency),
                UnitAmount = request.Amount.MinorUnits,
                ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
            },
        }],
        CustomerEmail = request.PayerEmail,
        ExpiresAt = request.ExpiresAt.ToDateTimeUtc(),
        SuccessUrl = request.SuccessUrl,
        CancelUrl = request.CancelUrl,
        Metadata = Tagged(request.PaymentId),
        PaymentIntentData = new SessionPaymentIntentDataOptions
        {
            Description = request.Description,
            Metadata = Tagged(request.PaymentId),
        },
    };

    public static SessionCreateOptions CardSetup(CardSetupRequest request) => new()
    {
        Mode = "setup",
        Currency = StripeMoney.Currency(request.Currency),
        CustomerEmail = request.PayerEmail,
        // An off-session charge needs a customer that owns the card; without one the card could not be charged later.
        CustomerCreation = "always",
        SuccessUrl = request.SuccessUrl,
        CancelUrl = request.CancelUrl,
        Metadata = Tagged(request.PaymentId),
        SetupIntentData = new SessionSetupIntentDataOptions
        {
            Description = request.Description,
            Metadata = Tagged(request.PaymentId),
        },
    };

    public static PaymentIntentCreateOptions SavedCardCharge(SavedCardCharge request) => new()
    {
        Amount = request.Amount.MinorUnits,
        Currency = StripeMoney.Currency(request.Amount.Currency),
        Customer = request.CustomerId,
        PaymentMethod = request.PaymentMethodId,
        Description = request.Description,
        OffSession = true,
        Confirm = true,
        Metadata = Tagged(request.PaymentId),
    };

    public static PaymentLinkCreateOptions PaymentLink(PaymentLinkRequest request) => new()
    {
        LineItems = [new PaymentLinkLineItemOptions
        {
            Quantity = 1,
            PriceData = new PaymentLinkLineItemPriceDataOptions
            {
                Currency = StripeMoney.Currency(request.Amount.Currency),
                UnitAmount = request.Amount.MinorUnits,
                ProductData = new PaymentLinkLineItemPriceDataProductDataOptions { Name = request.Description },
            },
        }],
        Metadata = Tagged(request.PaymentId),
        PaymentIntentData = new PaymentLinkPaymentIntentDataOptions
        {
            Description = request.Description,
            Metadata = Tagged(request.PaymentId),
        },
        // A fee is owed once: after one paid checkout the link stops taking money.
        Restrictions = new PaymentLinkRestrictionsOptions
        {
            CompletedSessions = new PaymentLinkRestrictionsCompletedSessionsOptions { Limit = 1 },
        },
    };

    public static RefundCreateOptions Refund(RefundRequest request) => new()
    {
        PaymentIntent = request.ProviderPaymentId,
        Amount = request.Amount.MinorUnits,
        // Stripe's own refund reason is a short list; ours is free text for the people reading the dashboard.
        Metadata = new Dictionary<string, string>
        {
            [PaymentIdKey] = request.PaymentId,
            ["reason"] = request.Reason.Length <= MetadataValueLimit ? request.Reason : request.Reason[..MetadataValueLimit],
        },
    };

    private static Dictionary<string, string> Tagged(string paymentId) => new() { [PaymentIdKey] = paymentId };
}
