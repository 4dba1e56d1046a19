namespace EstateCommons.Server.Tests;

/// <summary>The server as it runs with no payment provider configured: chargeable bookings are confirmed and invoiced.</summary>
[Collection(ApiCollection.Name)]
public sealed class RoomHireInvoiceTests(EstateApi api)
{
    [Fact]
    public async Task With_payments_off_a_chargeable_booking_is_confirmed_and_listed_to_invoice_for_the_payer_and_managers_only()
    {
        var estate = await TestEstate.Create(api);

        var created = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-02-02T10:00", "2027-02-02T12:00")));

        var booking = created.GetProperty("bookings")[0];
        var payment = created.GetProperty("payment");
        var paymentId = payment.GetProperty("id").GetString()!;
        Assert.Equal(("Confirmed", paymentId), (booking.GetProperty("status").GetString(), booking.GetProperty("paymentId").GetString()));
        Assert.Equal(("ToInvoice", 6000), (payment.GetProperty("status").GetString(), payment.GetProperty("amountPence").GetInt32()));
        Assert.Equal(JsonValueKind.Null, payment.GetProperty("checkoutUrl").ValueKind);
        var asManager = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get($"/api/payments/{paymentId}"));
        Assert.Equal("ToInvoice", asManager.GetProperty("status").GetString());
        var stranger = await TestEstate.Register(api, $"stranger-{Guid.NewGuid():N}@elsewhere.example");
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, "urn:estatecommons:problem:forbidden", await stranger.Get($"/api/payments/{paymentId}"));
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, "urn:estatecommons:problem:not-found", await estate.Member.Get("/api/payments/pay-nosuchpayment"));
    }

    [Fact]
    public async Task A_full_concession_is_confirmed_without_any_payment()
    {
        var estate = await TestEstate.Create(api);
        await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Put($"/api/sites/{estate.SiteId}/spaces/{estate.SpaceId}", new
        {
            name = "Quiet room", kind = "Room", capacity = 10,
            pricing = new { hourlyRatePence = 6000, concessions = new Dictionary<string, int> { ["RegisteredCharity"] = 100 } },
        }));

        var created = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-02-03T10:00", "2027-02-03T12:00", attendees: 8)));

        Assert.Equal(JsonValueKind.Null, created.GetProperty("payment").ValueKind);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("bookings")[0].GetProperty("paymentId").ValueKind);
        Assert.Equal("Confirmed", created.GetProperty("bookings")[0].GetProperty("status").GetString());
    }
}
