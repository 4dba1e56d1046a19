namespace EstateCommons.Payments.Tests;

/// <summary>
/// A fresh fake Stripe for each test, and the Stripe gateway pointed at it, so every test goes through the real
/// Stripe.net client and HTTP, and nothing ever leaves loopback.
/// </summary>
public abstract class AgainstFakeStripe : IAsyncLifetime
{
    protected FakeStripe Stripe { get; private set; } = null!;

    protected StripePaymentGateway Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stripe = await FakeStripe.StartAsync();
        Gateway = GatewayFor(Stripe.BaseUrl, Stripe.SecretKey);
    }

    public async Task DisposeAsync() => await Stripe.DisposeAsync();

    protected StripePaymentGateway GatewayFor(string apiBase, string secretKey) =>
        new(new StripeOptions { SecretKey = secretKey, WebhookSecret = Stripe.WebhookSecret, ApiBase = apiBase });

    /// <summary>Reads a delivery the moment it arrives, as the webhook endpoint would.</summary>
    protected PaymentNotification Read(SignedEvent delivery) =>
        Gateway.ReadNotification(delivery.Payload, delivery.SignatureHeader, Instant.FromDateTimeOffset(delivery.SignedAt));

    protected RecordedRequest LastPost(string path) =>
        Stripe.Requests.Last(request => request.Method == "POST" && request.Path == path);

    protected string Field(string objectId, string field) => (string)Stripe.Find(objectId)![field]!;
}
