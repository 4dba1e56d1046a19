namespace EstateCommons.Server.Tests;

/// <summary>Room hire end to end through Stripe.net against the fake Stripe, with webhooks signed as Stripe signs them.</summary>
[Collection(PaymentsOnCollection.Name)]
public sealed class RoomHireStripeTests(PaymentsOnApi api)
{
    [Fact]
    public async Task A_paid_booking_is_held_paid_on_stripe_confirmed_by_one_of_three_identical_webhooks_and_refunded_when_cancelled_in_time()
    {
        api.Clock.Reset(TestMarket.BeforeClose);
        var estate = await TestEstate.Create(api);
        var created = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-03-16T10:00", "2027-03-16T12:00")));
        var booking = created.GetProperty("bookings")[0];
        var bookingId = booking.GetProperty("id").GetString()!;
        var checkoutUrl = created.GetProperty("payment").GetProperty("checkoutUrl").GetString()!;
        Assert.Equal("PendingPayment", booking.GetProperty("status").GetString());
        var session = api.Stripe.Find(PaymentsOnApi.CheckoutIdOf(checkoutUrl))!;
        Assert.Equal((6000L, "gbp"), ((long)session["amount_total"]!, (string)session["currency"]!));

        var paid = api.Stripe.CompleteCheckout(PaymentsOnApi.CheckoutIdOf(checkoutUrl));
        var receipts = new List<JsonElement>();
        for (var i = 0; i < 3; i++) receipts.Add(await ApiClient.Expect(HttpStatusCode.OK, await api.Deliver(paid)));

        Assert.Equal([true, false, false], receipts.Select(r => r.GetProperty("applied").GetBoolean()));
        var confirmed = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Get($"/api/bookings/{bookingId}"));
        Assert.Equal("Confirmed", confirmed.GetProperty("status").GetString());
        var november = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get($"/api/sites/{estate.SiteId}/reconciliation?month=2026-11"));
        Assert.Equal([6000L], november.GetProperty("payments").EnumerateArray().Select(p => p.GetProperty("amountPence").GetInt64()));

        var cancelled = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Delete($"/api/bookings/{bookingId}"));

        Assert.Equal(6000, cancelled.GetProperty("refunds")[0].GetProperty("amountPence").GetInt64());
        var refund = api.Stripe.Requests.Single(r => r.Path == "/v1/refunds" && r.Parameters.GetValueOrDefault("metadata[paymentId]") == created.GetProperty("payment").GetProperty("id").GetString());
        Assert.Equal("6000", refund.Parameters["amount"]);
        Assert.False(string.IsNullOrEmpty(refund.IdempotencyKey));
        var after = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get($"/api/sites/{estate.SiteId}/reconciliation?month=2026-11"));
        Assert.Equal(6000, after.GetProperty("refundsPence").GetInt64());
        Assert.Equal(0, after.GetProperty("netReceivedPence").GetInt64());
        Assert.Equal(after.GetProperty("refunds").EnumerateArray().Sum(r => r.GetProperty("amountPence").GetInt64()), after.GetProperty("refundsPence").GetInt64());
    }

    [Fact]
    public async Task A_charity_with_a_full_concession_books_without_any_call_to_stripe()
    {
        api.Clock.Reset(TestMarket.BeforeClose);
        var estate = await TestEstate.Create(api);
        await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Put($"/api/sites/{estate.SiteId}/spaces/{estate.SpaceId}", TestEstate.Room(concessionPercent: 100)));
        var before = api.Stripe.Requests.Count;

        var created = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-03-17T10:00", "2027-03-17T12:00")));

        Assert.Equal("Confirmed", created.GetProperty("bookings")[0].GetProperty("status").GetString());
        Assert.Equal(before, api.Stripe.Requests.Count);
    }
}
