namespace EstateCommons.Server.Tests;

[Collection(MarketApiCollection.Name)]
public sealed class MarketPaymentsOffTests(EstateApi api)
{
    [Fact]
    public async Task With_payments_off_accepted_pitches_are_confirmed_and_their_fees_listed_to_invoice_after_the_day()
    {
        var market = await TestMarket.Create(api, pitches: 3, powered: 0,
            fee: new { kind = "perMetreFrontage", perMetrePence = 450, concessions = new Dictionary<string, int> { ["Vcse"] = 100 } });
        var sellers = new List<(ApiClient Client, string Id)>();
        foreach (var (name, type) in new[] { ("Orchard Farm", "Micro"), ("Community Growers", "Vcse"), ("Corner Bakery", "Small") })
        {
            var seller = await market.Seller(name, category: name.Split(' ')[0].ToLowerInvariant(), businessType: type);
            await ApiClient.Expect(HttpStatusCode.Created, await market.Apply(seller.Client, seller.SellerId, [], name.Split(' ')[0].ToLowerInvariant()));
            sellers.Add((seller.Client, seller.SellerId));
        }
        await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Post($"{market.DayPath}/allocation", new { }));
        foreach (var (client, id) in sellers.Take(2))
        {
            var accepted = await ApiClient.Expect(HttpStatusCode.OK, await client.Post($"{market.DayPath}/offers/{id}/accept", new { }));
            Assert.Equal("confirmed", accepted.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, accepted.GetProperty("payment").ValueKind);
        }

        api.Clock.Reset(TestMarket.Closing + Duration.FromHours(3));
        var fees = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"{market.DayPath}/fees"));
        var reconciliation = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"/api/sites/{market.SiteId}/reconciliation?month=2026-12"));
        var csv = await market.Manager.Get($"/api/sites/{market.SiteId}/reconciliation.csv?month=2026-12");

        // 3 m of frontage at 450p a metre is 1350p; the VCSE stall's 100% concession leaves nothing to invoice.
        var orchard = fees.GetProperty("fees").EnumerateArray().Single(f => f.GetProperty("sellerId").GetString() == sellers[0].Id);
        Assert.Equal(1350, orchard.GetProperty("chargedPence").GetInt64());
        Assert.Equal("toInvoice", orchard.GetProperty("payment").GetProperty("status").GetString());
        var invoiced = reconciliation.GetProperty("toInvoice").EnumerateArray().ToList();
        Assert.Equal([1350L], invoiced.Select(l => l.GetProperty("amountPence").GetInt64()));
        Assert.Equal(invoiced.Sum(l => l.GetProperty("amountPence").GetInt64()), reconciliation.GetProperty("toInvoicePence").GetInt64());
        Assert.Equal(0, reconciliation.GetProperty("paymentsPence").GetInt64());
        Assert.Contains("Pitch", invoiced[0].GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync()).Trim().Split('\n');
        Assert.Equal(2, rows.Length);
        Assert.Contains("1350", rows[1]);

        var (farm, _) = sellers[0];
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, "urn:estatecommons:problem:forbidden", await farm.Get($"/api/sites/{market.SiteId}/reconciliation?month=2026-12"));
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, "urn:estatecommons:problem:validation", await market.Manager.Get($"/api/sites/{market.SiteId}/reconciliation?month=December"));
    }

    [Fact]
    public async Task With_payments_off_the_webhook_refuses_every_notification()
    {
        var response = await api.Anonymous().Http.PostAsync("/api/payments/stripe/webhook",
            new StringContent("{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"checkout.session.completed\"}", System.Text.Encoding.UTF8, "application/json"));

        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, "urn:estatecommons:problem:webhook-rejected", response);
    }
}
