using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace EstateCommons.StripeFake;

/// <summary>
/// A Stripe-compatible API on 127.0.0.1 (a free port) for tests, so the real Stripe.net client can be used without
/// reaching Stripe: the endpoints EstateCommons calls, with Stripe's form encoding, errors and idempotency-key replay.
/// Tests play the payer with <see cref="CompleteCheckout"/>, <see cref="CompleteCardSetup"/> and friends, each of which
/// returns the webhook delivery Stripe would send, signed with <see cref="WebhookSecret"/>.
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    public const string DefaultSecretKey = "sk_test_estatecommons_fake_key";
    public const string DefaultWebhookSecret = "whsec_estatecommons_fake_secret";

    /// <summary>The API version Stripe.net 53 is pinned to, which events carry unless told otherwise.</summary>
    public const string DefaultApiVersion = "2026-10-28.endive";

    private readonly WebApplication host;
    private readonly StripeAccount account;
    private readonly StripeApi api;

    private FakeStripe(WebApplication host, StripeAccount account, StripeApi api, string secretKey, string webhookSecret)
    {
        this.host = host;
        this.account = account;
        this.api = api;
        SecretKey = secretKey;
        WebhookSecret = webhookSecret;
    }

    public string SecretKey { get; }

    public string WebhookSecret { get; }

    /// <summary>Where to point Stripe.net (<c>StripeClientOptions.ApiBase</c>), such as <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl => account.BaseUrl;

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => api.Requests;

    /// <summary>
    /// Starts the fake. <paramref name="clock"/> is its idea of now (for page expiries); give the server's test clock
    /// when the server's time is not the real one.
    /// </summary>
    public static async Task<FakeStripe> StartAsync(string secretKey = DefaultSecretKey, string webhookSecret = DefaultWebhookSecret, TimeProvider? clock = null)
    {
        if (!secretKey.StartsWith("sk_test_", StringComparison.Ordinal))
        {
            throw new ArgumentException("The fake stands in for a test-mode account: its key starts with sk_test_.", nameof(secretKey));
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var host = builder.Build();
        var account = new StripeAccount(clock ?? TimeProvider.System);
        var api = new StripeApi(account, secretKey);
        api.Map(host);
        await host.StartAsync();
        account.BaseUrl = host.Urls.Single().TrimEnd('/');
        return new FakeStripe(host, account, api, secretKey, webhookSecret);
    }

    /// <summary>The next <paramref name="count"/> requests are answered 500 <c>api_error</c> without being acted on.</summary>
    public void FailNextRequests(int count) => api.FailNext(count);

    /// <summary>A copy of the object with this id as Stripe holds it now, or null.</summary>
    public JsonObject? Find(string id)
    {
        lock (account.Gate)
        {
            return account.Find(id)?.DeepClone().AsObject();
        }
    }

    /// <summary>How many objects of a type (<c>checkout.session</c>, <c>payment_intent</c>, <c>refund</c>…) exist.</summary>
    public int Count(string objectType)
    {
        lock (account.Gate)
        {
            return account.Count(objectType);
        }
    }

    /// <summary>The payer paid on a payment-mode page: <c>checkout.session.completed</c>, with a succeeded payment intent.</summary>
    public SignedEvent CompleteCheckout(string sessionId) =>
        Deliver("checkout.session.completed", () => CheckoutSessions.Pay(account, sessionId));

    /// <summary>The payer chose a bank debit: <c>checkout.session.completed</c> with the session still unpaid.</summary>
    public SignedEvent CompleteCheckoutByBankDebit(string sessionId) =>
        Deliver("checkout.session.completed", () => CheckoutSessions.PayByBankDebit(account, sessionId));

    /// <summary>
    /// The bank debit behind a completed session settled: <c>checkout.session.async_payment_succeeded</c>, or
    /// <c>checkout.session.async_payment_failed</c> when the bank refused it.
    /// </summary>
    public SignedEvent SettleBankDebit(string sessionId, bool paid) => Deliver(
        paid ? "checkout.session.async_payment_succeeded" : "checkout.session.async_payment_failed",
        () => CheckoutSessions.Settle(account, sessionId, paid));

    /// <summary>The payer saved <paramref name="card"/> on a setup-mode page: <c>checkout.session.completed</c>, with a new customer.</summary>
    public SignedEvent CompleteCardSetup(string sessionId, string card = FakeCards.Visa) =>
        Deliver("checkout.session.completed", () => CheckoutSessions.SaveCard(account, sessionId, card));

    /// <summary>The page reached its expiry unpaid: <c>checkout.session.expired</c>.</summary>
    public SignedEvent ExpireCheckout(string sessionId) =>
        Deliver("checkout.session.expired", () => CheckoutSessions.Lapse(account, sessionId));

    /// <summary>A payer paid through a payment link: <c>checkout.session.completed</c> for the session the link opened.</summary>
    public SignedEvent PayThroughLink(string linkId) =>
        Deliver("checkout.session.completed", () => PaymentLinks.Pay(account, linkId));

    /// <summary><c>payment_intent.succeeded</c> or <c>payment_intent.payment_failed</c>, whichever the intent's state calls for.</summary>
    public SignedEvent PaymentIntentEvent(string paymentIntentId)
    {
        lock (account.Gate)
        {
            var intent = account.Find(paymentIntentId, "payment_intent")
                         ?? throw new InvalidOperationException($"The fake has no payment intent {paymentIntentId}.");
            return Sign(StripeEvents.Describe(account, PaymentIntents.EventType(intent), intent, DefaultApiVersion));
        }
    }

    /// <summary>Any event about an object the fake holds, optionally rendered for another API version.</summary>
    public SignedEvent Event(string type, string objectId, string apiVersion = DefaultApiVersion)
    {
        lock (account.Gate)
        {
            var subject = account.Find(objectId) ?? throw new InvalidOperationException($"The fake has no object {objectId}.");
            return Sign(StripeEvents.Describe(account, type, subject, apiVersion));
        }
    }

    /// <summary>
    /// Signs <paramref name="payload"/> as delivered at <paramref name="signedAt"/> (now if unset) with <paramref name="secret"/>
    /// (the webhook secret if unset): an old time makes a stale delivery, another secret a forged one.
    /// </summary>
    public SignedEvent Sign(string payload, DateTimeOffset? signedAt = null, string? secret = null) =>
        SignedEvent.Sign((string?)JsonNode.Parse(payload)?["id"] ?? "", payload, secret ?? WebhookSecret, signedAt ?? DateTimeOffset.UtcNow);

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        await host.DisposeAsync();
    }

    private SignedEvent Deliver(string type, Func<JsonObject> happen)
    {
        lock (account.Gate)
        {
            return Sign(StripeEvents.Describe(account, type, happen(), DefaultApiVersion));
        }
    }

    private SignedEvent Sign((string Id, string Payload) described) =>
        SignedEvent.Sign(described.Id, described.Payload, WebhookSecret, DateTimeOffset.UtcNow);
}
