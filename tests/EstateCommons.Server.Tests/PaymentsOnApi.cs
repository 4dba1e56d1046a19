using EstateCommons.StripeFake;
using Microsoft.AspNetCore.Hosting;

namespace EstateCommons.Server.Tests;

/// <summary>
/// The real server with payments on: its Stripe client (Stripe.net) points at a Stripe-compatible fake on loopback,
/// started first, and tests deliver the fake's signed webhooks to the server as Stripe would.
/// </summary>
public sealed class PaymentsOnApi : EstateApi
{
    public FakeStripe Stripe { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Stripe = await FakeStripe.StartAsync(clock: new ClockTime(Clock));
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    protected override void AddSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("EstateCommons:Stripe:SecretKey", Stripe.SecretKey);
        builder.UseSetting("EstateCommons:Stripe:WebhookSecret", Stripe.WebhookSecret);
        builder.UseSetting("EstateCommons:Stripe:ApiBase", Stripe.BaseUrl);
    }

    /// <summary>Delivers an event as Stripe would, signed at the server's (fake) time unless told otherwise.</summary>
    public Task<HttpResponseMessage> Deliver(SignedEvent signed, Instant? signedAt = null, string? secret = null)
    {
        var resigned = Stripe.Sign(signed.Payload, (signedAt ?? Clock.GetCurrentInstant()).ToDateTimeOffset(), secret);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/stripe/webhook")
        {
            Content = new StringContent(resigned.Payload, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Stripe-Signature", resigned.SignatureHeader);
        return Anonymous().Http.SendAsync(request);
    }

    /// <summary>The id Stripe gave a hosted page, read from the page's address.</summary>
    public static string CheckoutIdOf(string checkoutUrl) => checkoutUrl[(checkoutUrl.LastIndexOf('/') + 1)..];
}

/// <summary>The server's test clock as a <see cref="TimeProvider"/>, so the fake Stripe agrees with the server about now.</summary>
internal sealed class ClockTime(IClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetCurrentInstant().ToDateTimeOffset();
}

[CollectionDefinition(Name)]
public sealed class PaymentsOnCollection : ICollectionFixture<PaymentsOnApi>
{
    public const string Name = "payments on";
}
