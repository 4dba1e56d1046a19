namespace EstateCommons.Server.Tests;

[Collection(PaymentsApiCollection.Name)]
public sealed class RoomHirePaymentApiTests(PaymentsEstateApi api)
{
    [Fact]
    public async Task A_charity_on_half_rate_is_held_while_it_pays_then_confirmed_and_refunded_for_a_week_cancelled_in_time()
    {
        var estate = await TestEstate.Create(api);

        var created = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings",
            estate.Booking("2027-03-16T10:00", "2027-03-16T12:00", new { frequency = "weekly", count = 2 })));

        var bookings = created.GetProperty("bookings").EnumerateArray().ToList();
        var payment = created.GetProperty("payment");
        var paymentId = payment.GetProperty("id").GetString()!;
        Assert.All(bookings, b => Assert.Equal(("PendingPayment", paymentId), (b.GetProperty("status").GetString(), b.GetProperty("paymentId").GetString())));
        Assert.Equal(("Open", 12000), (payment.GetProperty("status").GetString(), payment.GetProperty("amountPence").GetInt32()));
        Assert.Equal($"https://checkout.test/pay/{paymentId}", payment.GetProperty("checkoutUrl").GetString());
        // The clock stands at 09:00 on 23 November (GMT), and holds last 30 minutes.
        Assert.Equal(("2026-11-23T09:30", "2026-11-23T09:30:00+00:00"), (payment.GetProperty("holdUntil").GetString(), payment.GetProperty("holdUntilInstant").GetString()));
        Assert.Equal("Seminar room, General Hospital — Tue 16 Mar 2027 10:00–12:00 (and 1 more weekly)", payment.GetProperty("description").GetString());
        var asManager = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get($"/api/payments/{paymentId}"));
        Assert.Equal(bookings.Select(b => b.GetProperty("id").GetString()), asManager.GetProperty("bookingIds").EnumerateArray().Select(b => b.GetString()));

        await api.Pay(paymentId);
        var week2 = bookings[1].GetProperty("id").GetString()!;
        var cancelled = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Delete($"/api/bookings/{week2}"));

        var firstWeek = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Get($"/api/bookings/{bookings[0].GetProperty("id").GetString()}"));
        Assert.Equal("Confirmed", firstWeek.GetProperty("status").GetString());
        var refund = Assert.Single(cancelled.GetProperty("refunds").EnumerateArray());
        Assert.Equal((week2, paymentId, 6000), (refund.GetProperty("bookingId").GetString(), refund.GetProperty("paymentId").GetString(), refund.GetProperty("amountPence").GetInt32()));
        var paid = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Get($"/api/payments/{paymentId}"));
        Assert.Equal(("Paid", 6000), (paid.GetProperty("status").GetString(), paid.GetProperty("refundedPence").GetInt32()));
        Assert.Equal(JsonValueKind.Null, paid.GetProperty("checkoutUrl").ValueKind);
        Assert.Equal(6000, paid.GetProperty("refunds")[0].GetProperty("amountPence").GetInt32());
    }

    [Fact]
    public async Task Inside_the_spaces_notice_the_booker_gets_nothing_back_but_a_manager_cancelling_refunds_in_full()
    {
        var estate = await TestEstate.Create(api);
        var space = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Put($"/api/sites/{estate.SiteId}/spaces/{estate.SpaceId}", TestEstate.Room(fullRefundHoursBefore: 72)));
        Assert.Equal(72, space.GetProperty("cancellation").GetProperty("fullRefundHoursBefore").GetInt32());
        // 49 hours ahead of the clock: bookable with 24 hours' notice, but inside the 72 hours for a refund.
        var byMember = await PaidBooking(estate, "2026-11-25T10:00", "2026-11-25T11:00");
        var byManager = await PaidBooking(estate, "2026-11-25T14:00", "2026-11-25T15:00");

        var memberCancels = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Delete($"/api/bookings/{byMember}"));
        var managerCancels = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Delete($"/api/bookings/{byManager}"));

        Assert.Equal(0, memberCancels.GetProperty("refunds").GetArrayLength());
        Assert.Equal(3000, managerCancels.GetProperty("refunds")[0].GetProperty("amountPence").GetInt32());
    }

    [Fact]
    public async Task Cancelling_one_week_of_a_hold_waiting_for_payment_cancels_every_week_of_it_and_says_so()
    {
        var estate = await TestEstate.Create(api);
        var created = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings",
            estate.Booking("2027-04-06T18:00", "2027-04-06T19:00", new { frequency = "weekly", count = 3 })));
        var week2 = created.GetProperty("bookings")[1].GetProperty("id").GetString();
        var paymentId = created.GetProperty("payment").GetProperty("id").GetString();

        var cancelled = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Delete($"/api/bookings/{week2}"));

        Assert.Equal(["Cancelled", "Cancelled", "Cancelled"], cancelled.GetProperty("bookings").EnumerateArray().Select(b => b.GetProperty("status").GetString()));
        Assert.Contains("every occurrence its checkout covers", cancelled.GetProperty("note").GetString());
        var payment = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Get($"/api/payments/{paymentId}"));
        Assert.Equal("Cancelled", payment.GetProperty("status").GetString());
    }

    [Fact]
    public async Task When_the_payment_provider_cannot_be_reached_booking_is_a_503_and_nothing_is_held()
    {
        var estate = await TestEstate.Create(api);
        var booking = estate.Booking("2027-05-04T10:00", "2027-05-04T11:00");

        api.Payments.Unreachable = true;
        HttpResponseMessage refused;
        try
        {
            refused = await estate.Member.Post("/api/bookings", booking);
        }
        finally
        {
            api.Payments.Unreachable = false;
        }

        await ApiClient.ExpectProblem(HttpStatusCode.ServiceUnavailable, "urn:estatecommons:problem:payment-unavailable", refused);
        await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", booking));
    }

    private async Task<string> PaidBooking(TestEstate estate, string start, string end)
    {
        var created = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking(start, end)));
        await api.Pay(created.GetProperty("payment").GetProperty("id").GetString()!);
        return created.GetProperty("bookings")[0].GetProperty("id").GetString()!;
    }
}
