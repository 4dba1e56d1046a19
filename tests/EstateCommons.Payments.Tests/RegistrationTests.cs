using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EstateCommons.Payments.Tests;

public sealed class RegistrationTests : AgainstFakeStripe
{
    [Fact]
    public async Task Without_a_secret_key_payments_are_off_and_stripe_is_never_called()
    {
        var gateway = GatewayConfiguredWith(new() { ["EstateCommons:Stripe:ApiBase"] = Stripe.BaseUrl });

        Assert.IsType<DisabledPaymentGateway>(gateway);
        Assert.False(gateway.IsEnabled);
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => gateway.StartCheckout(TestPayments.RoomHireCheckout(), CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => gateway.Refund(new RefundRequest("pay-1", "pi_1", Money.Gbp(100), "Refund", "refund-1"), CancellationToken.None));
        Assert.Throws<PaymentNotificationRejectedException>(
            () => gateway.ReadNotification("{}", "t=1,v1=00", SystemClock.Instance.GetCurrentInstant()));
        Assert.Empty(Stripe.Requests);
    }

    [Fact]
    public async Task With_a_secret_key_payments_go_to_stripe()
    {
        var gateway = GatewayConfiguredWith(new()
        {
            ["EstateCommons:Stripe:SecretKey"] = Stripe.SecretKey,
            ["EstateCommons:Stripe:WebhookSecret"] = Stripe.WebhookSecret,
            ["EstateCommons:Stripe:ApiBase"] = Stripe.BaseUrl,
        });

        var page = await gateway.StartCheckout(TestPayments.RoomHireCheckout(), CancellationToken.None);

        Assert.True(gateway.IsEnabled);
        Assert.NotNull(Stripe.Find(page.CheckoutId));
    }

    [Fact]
    public void Secret_key_without_a_webhook_secret_refuses_to_start()
    {
        var configuration = Configuration(new() { ["EstateCommons:Stripe:SecretKey"] = Stripe.SecretKey });

        var refused = Assert.Throws<InvalidOperationException>(
            () => new ServiceCollection().AddEstateCommonsPayments(configuration));

        Assert.Contains("WebhookSecret", refused.Message);
    }

    private static IPaymentGateway GatewayConfiguredWith(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddEstateCommonsPayments(Configuration(settings)).BuildServiceProvider()
            .GetRequiredService<IPaymentGateway>();

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
