namespace EstateCommons.Server.Tests;

[Collection(PaymentsOnCollection.Name)]
public sealed class PitchFeePaymentTests(PaymentsOnApi api)
{
    [Fact]
    public async Task A_flat_pitch_fee_is_paid_on_a_stripe_page_and_its_webhook_confirms_the_pitch_once()
    {
        var market = await TestMarket.Create(api, pitches: 2, powered: 0);
        var (farm, farmId) = await market.Seller("Orchard Farm");
        await ApiClient.Expect(HttpStatusCode.Created, await market.Apply(farm, farmId, ["P1"]));
        await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Post($"{market.DayPath}/allocation", new { }));

        var accepted = await ApiClient.Expect(HttpStatusCode.OK, await farm.Post($"{market.DayPath}/offers/{farmId}/accept", new { }));

        Assert.Equal("awaitingPayment", accepted.GetProperty("status").GetString());
        var payment = accepted.GetProperty("payment");
        Assert.Equal(2500, payment.GetProperty("amountPence").GetInt64());
        var checkoutId = PaymentsOnApi.CheckoutIdOf(payment.GetProperty("checkoutUrl").GetString()!);
        var session = api.Stripe.Find(checkoutId)!;
        Assert.Equal("gbp", (string?)session["currency"]);
        Assert.Equal(2500, (long?)session["amount_total"]);
        var paymentId = payment.GetProperty("id").GetString();
        var created = api.Stripe.Requests.Single(r => r.Path == "/v1/checkout/sessions" && r.Method == "POST" && r.Parameters["metadata[paymentId]"] == paymentId);
        Assert.Contains("Pitch P1, Saturday Farmers' Market, General Hospital", created.Parameters["line_items[0][price_data][product_data][name]"]);
        Assert.NotNull(created.IdempotencyKey);

        var paid = api.Stripe.CompleteCheckout(checkoutId);
        var first = await ApiClient.Expect(HttpStatusCode.OK, await api.Deliver(paid));
        var second = await ApiClient.Expect(HttpStatusCode.OK, await api.Deliver(paid));
        var third = await ApiClient.Expect(HttpStatusCode.OK, await api.Deliver(paid));

        Assert.True(first.GetProperty("applied").GetBoolean());
        Assert.False(second.GetProperty("applied").GetBoolean());
        Assert.False(third.GetProperty("applied").GetBoolean());
        var outcome = await market.Outcome(farm, farmId);
        Assert.Equal("confirmed", outcome.GetProperty("status").GetString());
        Assert.Equal("paid", outcome.GetProperty("payment").GetProperty("status").GetString());
        var ledger = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"/api/sites/{market.SiteId}/reconciliation?month=2026-11"));
        Assert.Equal([2500L], ledger.GetProperty("payments").EnumerateArray().Select(l => l.GetProperty("amountPence").GetInt64()));
        Assert.Equal(2500, ledger.GetProperty("paymentsPence").GetInt64());
    }

    [Fact]
    public async Task A_forged_or_stale_webhook_is_refused_and_changes_nothing()
    {
        var market = await TestMarket.Create(api, pitches: 1, powered: 0);
        var (farm, farmId) = await market.Seller("Orchard Farm");
        await market.Apply(farm, farmId, ["P1"]);
        await market.Manager.Post($"{market.DayPath}/allocation", new { });
        var accepted = await ApiClient.Expect(HttpStatusCode.OK, await farm.Post($"{market.DayPath}/offers/{farmId}/accept", new { }));
        var paid = api.Stripe.CompleteCheckout(PaymentsOnApi.CheckoutIdOf(accepted.GetProperty("payment").GetProperty("checkoutUrl").GetString()!));

        var forged = await api.Deliver(paid, secret: "whsec_somebody_else");
        var stale = await api.Deliver(paid, signedAt: api.Clock.GetCurrentInstant() - Duration.FromMinutes(6));

        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, "urn:estatecommons:problem:webhook-rejected", forged);
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, "urn:estatecommons:problem:webhook-rejected", stale);
        Assert.Equal("awaitingPayment", (await market.Outcome(farm, farmId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_footfall_fee_saves_a_card_then_charges_it_after_the_day_and_a_decline_leaves_a_payment_link_outstanding()
    {
        var market = await TestMarket.Create(api, pitches: 2, powered: 0,
            fee: new { kind = "footfall", ratePerHundredVisitorsPence = 200, floorPence = 500, capPence = 4000 });
        var (farm, farmId) = await market.Seller("Orchard Farm");
        var (dairy, dairyId) = await market.Seller("Meadow Dairy", category: "cheese");
        await market.Apply(farm, farmId, ["P1"]);
        await market.Apply(dairy, dairyId, ["P2"], "cheese");
        await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Post($"{market.DayPath}/allocation", new { }));
        foreach (var (client, id, card) in new[] { (farm, farmId, "pm_card_visa"), (dairy, dairyId, "pm_card_chargeDeclined") })
        {
            var accepted = await ApiClient.Expect(HttpStatusCode.OK, await client.Post($"{market.DayPath}/offers/{id}/accept", new { }));
            var setupId = PaymentsOnApi.CheckoutIdOf(accepted.GetProperty("payment").GetProperty("checkoutUrl").GetString()!);
            Assert.Equal("setup", (string?)api.Stripe.Find(setupId)!["mode"]);
            await ApiClient.Expect(HttpStatusCode.OK, await api.Deliver(api.Stripe.CompleteCardSetup(setupId, card)));
            Assert.Equal("confirmed", (await market.Outcome(client, id)).GetProperty("status").GetString());
        }

        api.Clock.Reset(TestMarket.Closing + Duration.FromHours(3));
        var fees = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"{market.DayPath}/fees"));

        // No visitors were counted, so each fee is the floor.
        var bySeller = fees.GetProperty("fees").EnumerateArray().ToDictionary(f => f.GetProperty("sellerId").GetString()!);
        Assert.Equal(500, bySeller[farmId].GetProperty("chargedPence").GetInt64());
        Assert.Equal("paid", bySeller[farmId].GetProperty("payment").GetProperty("status").GetString());
        var declined = bySeller[dairyId].GetProperty("payment");
        Assert.Equal("failed", declined.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(declined.GetProperty("paymentLinkUrl").GetString()));
        var paymentIds = bySeller.Values.Select(f => f.GetProperty("payment").GetProperty("id").GetString()).ToHashSet();
        var charge = api.Stripe.Requests.Where(r => r.Path == "/v1/payment_intents" && r.Method == "POST" && paymentIds.Contains(r.Parameters["metadata[paymentId]"])).ToList();
        Assert.Equal(2, charge.Count);
        Assert.All(charge, c => Assert.Equal("true", c.Parameters["off_session"]));
        var ledger = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"/api/sites/{market.SiteId}/reconciliation?month=2026-12"));
        Assert.Equal(500, ledger.GetProperty("paymentsPence").GetInt64());
        Assert.Equal(500, ledger.GetProperty("outstandingPence").GetInt64());
        Assert.Equal(ledger.GetProperty("outstanding").EnumerateArray().Sum(l => l.GetProperty("amountPence").GetInt64()), ledger.GetProperty("outstandingPence").GetInt64());
    }

    [Fact]
    public async Task A_stall_with_a_full_concession_never_meets_stripe()
    {
        var market = await TestMarket.Create(api, pitches: 1, powered: 0);
        var (growers, growersId) = await market.Seller("Community Growers", businessType: "Vcse");
        await market.Apply(growers, growersId, ["P1"]);
        await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Post($"{market.DayPath}/allocation", new { }));
        var before = api.Stripe.Requests.Count;

        var accepted = await ApiClient.Expect(HttpStatusCode.OK, await growers.Post($"{market.DayPath}/offers/{growersId}/accept", new { }));
        api.Clock.Reset(TestMarket.Closing + Duration.FromHours(3));
        var fees = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"{market.DayPath}/fees"));

        Assert.Equal("confirmed", accepted.GetProperty("status").GetString());
        Assert.Equal(0, fees.GetProperty("fees")[0].GetProperty("chargedPence").GetInt64());
        Assert.Equal(before, api.Stripe.Requests.Count);
    }
}
