namespace EstateCommons.Payments.Tests;

public sealed class CheckoutTests : AgainstFakeStripe
{
    [Fact]
    public async Task Checkout_page_asks_for_the_room_hire_in_pounds_and_closes_at_its_expiry()
    {
        var request = TestPayments.RoomHireCheckout(pence: 4500);

        var page = await Gateway.StartCheckout(request, CancellationToken.None);

        Assert.StartsWith("cs_test_", page.CheckoutId);
        Assert.Equal(request.ExpiresAt, page.ExpiresAt);
        var session = Stripe.Find(page.CheckoutId)!;
        Assert.Equal(page.Url, (string)session["url"]!);
        Assert.Equal("open", (string)session["status"]!);
        Assert.Equal(4500, (long)session["amount_total"]!);
        Assert.Equal("gbp", (string)session["currency"]!);
        var sent = LastPost("/v1/checkout/sessions").Parameters;
        Assert.Equal("payment", sent["mode"]);
        Assert.Equal(TestPayments.RoomHire, sent["line_items[0][price_data][product_data][name]"]);
        Assert.Equal("4500", sent["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("gbp", sent["line_items[0][price_data][currency]"]);
        Assert.Equal("1", sent["line_items[0][quantity]"]);
        Assert.Equal(TestPayments.Charity, sent["customer_email"]);
        Assert.Equal(request.ExpiresAt.ToUnixTimeSeconds().ToString(), sent["expires_at"]);
        Assert.Equal(request.SuccessUrl, sent["success_url"]);
        Assert.Equal(request.CancelUrl, sent["cancel_url"]);
        Assert.Equal("pay-room-hire-1", sent["metadata[paymentId]"]);
        Assert.Equal("pay-room-hire-1", sent["payment_intent_data[metadata][paymentId]"]);
    }

    [Fact]
    public async Task Checkout_retried_with_the_same_key_opens_one_page()
    {
        var request = TestPayments.RoomHireCheckout();

        var first = await Gateway.StartCheckout(request, CancellationToken.None);
        var again = await Gateway.StartCheckout(request, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(1, Stripe.Count("checkout.session"));
        Assert.True(LastPost("/v1/checkout/sessions").Replayed);
    }

    [Fact]
    public async Task Same_key_for_a_different_amount_is_refused_by_stripe()
    {
        await Gateway.StartCheckout(TestPayments.RoomHireCheckout(pence: 4500), CancellationToken.None);

        var refused = await Assert.ThrowsAsync<PaymentProviderException>(
            () => Gateway.StartCheckout(TestPayments.RoomHireCheckout(pence: 9000), CancellationToken.None));

        Assert.Contains("idempotency_error", refused.Message);
        Assert.Equal(1, Stripe.Count("checkout.session"));
    }

    [Fact]
    public async Task A_brief_outage_is_ridden_out_by_retrying_under_the_same_key()
    {
        Stripe.FailNextRequests(1);

        var page = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(), CancellationToken.None);

        var attempts = Stripe.Requests.Where(request => request.Path == "/v1/checkout/sessions").ToList();
        Assert.Equal([500, 200], attempts.Select(attempt => attempt.Status));
        Assert.All(attempts, attempt => Assert.Equal("checkout-room-hire-1", attempt.IdempotencyKey));
        Assert.Equal(1, Stripe.Count("checkout.session"));
        Assert.NotNull(Stripe.Find(page.CheckoutId));
    }

    [Fact]
    public async Task Checkout_closing_sooner_than_stripe_allows_is_a_provider_error()
    {
        var tooSoon = TestPayments.RoomHireCheckout(open: Duration.FromMinutes(10));

        var refused = await Assert.ThrowsAsync<PaymentProviderException>(
            () => Gateway.StartCheckout(tooSoon, CancellationToken.None));

        Assert.Contains("expires_at", refused.Message);
        Assert.Equal(0, Stripe.Count("checkout.session"));
    }

    [Fact]
    public async Task Closing_a_page_stops_it_taking_payment_and_closing_it_again_is_not_an_error()
    {
        var page = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(), CancellationToken.None);

        await Gateway.ExpireCheckout(page.CheckoutId, CancellationToken.None);
        await Gateway.ExpireCheckout(page.CheckoutId, CancellationToken.None);

        Assert.Equal("expired", Field(page.CheckoutId, "status"));
        Assert.Throws<InvalidOperationException>(() => Stripe.CompleteCheckout(page.CheckoutId));
    }

    [Fact]
    public async Task Closing_a_page_the_payer_already_paid_is_not_an_error()
    {
        var page = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(), CancellationToken.None);
        Stripe.CompleteCheckout(page.CheckoutId);

        await Gateway.ExpireCheckout(page.CheckoutId, CancellationToken.None);

        Assert.Equal("complete", Field(page.CheckoutId, "status"));
    }

    [Fact]
    public async Task Closing_a_page_that_lapsed_on_its_own_is_not_an_error()
    {
        var page = await Gateway.StartCheckout(TestPayments.RoomHireCheckout(), CancellationToken.None);
        Stripe.ExpireCheckout(page.CheckoutId);

        await Gateway.ExpireCheckout(page.CheckoutId, CancellationToken.None);

        Assert.Equal("expired", Field(page.CheckoutId, "status"));
    }

    [Fact]
    public async Task Closing_a_page_stripe_never_opened_is_a_provider_error()
    {
        var refused = await Assert.ThrowsAsync<PaymentProviderException>(
            () => Gateway.ExpireCheckout("cs_test_never_opened", CancellationToken.None));

        Assert.Contains("resource_missing", refused.Message);
    }
}
