namespace EstateCommons.Payments.Tests;

public sealed class ProviderErrorTests : AgainstFakeStripe
{
    [Fact]
    public async Task Wrong_secret_key_is_a_provider_error()
    {
        var misconfigured = GatewayFor(Stripe.BaseUrl, "sk_test_not_this_account");

        var refused = await Assert.ThrowsAsync<PaymentProviderException>(
            () => misconfigured.StartCheckout(TestPayments.RoomHireCheckout(), CancellationToken.None));

        Assert.Contains("Invalid API Key", refused.Message);
        Assert.Equal(401, Stripe.Requests.Single().Status);
    }

    [Fact]
    public async Task Outage_that_outlasts_the_clients_retries_is_a_provider_error()
    {
        Stripe.FailNextRequests(10);

        var refused = await Assert.ThrowsAsync<PaymentProviderException>(
            () => Gateway.StartCheckout(TestPayments.RoomHireCheckout(), CancellationToken.None));

        Assert.Contains("api_error", refused.Message);
        Assert.All(Stripe.Requests, attempt => Assert.Equal("checkout-room-hire-1", attempt.IdempotencyKey));
        Assert.Equal(0, Stripe.Count("checkout.session"));
    }

    [Fact]
    public async Task Stripe_out_of_reach_is_a_provider_error()
    {
        var gone = await FakeStripe.StartAsync();
        var unreachable = gone.BaseUrl;
        await gone.DisposeAsync();

        await Assert.ThrowsAsync<PaymentProviderException>(
            () => GatewayFor(unreachable, Stripe.SecretKey).StartCheckout(TestPayments.RoomHireCheckout(), CancellationToken.None));
    }

    [Fact]
    public async Task Caller_giving_up_is_a_cancellation_not_a_provider_error()
    {
        using var givenUp = new CancellationTokenSource();
        await givenUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Gateway.StartCheckout(TestPayments.RoomHireCheckout(), givenUp.Token));
    }
}
