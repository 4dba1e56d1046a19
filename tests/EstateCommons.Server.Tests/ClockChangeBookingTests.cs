namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class ClockChangeBookingTests(EstateApi api)
{
    [Fact]
    public async Task A_start_in_the_spring_forward_gap_is_refused_because_that_time_does_not_exist()
    {
        var estate = await TestEstate.Create(api);

        var response = await estate.Member.Post("/api/bookings", estate.Booking("2027-03-28T01:30", "2027-03-28T03:00"));

        var problem = await ApiClient.ExpectProblem(HttpStatusCode.UnprocessableEntity, "urn:estatecommons:problem:booking-rule", response);
        Assert.Contains("local-time-does-not-exist", problem.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("does not exist", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_night_the_clocks_go_forward_00_30_to_03_00_lasts_and_costs_90_minutes()
    {
        var estate = await TestEstate.Create(api);

        var body = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-03-28T00:30", "2027-03-28T03:00")));

        var booking = body.GetProperty("bookings")[0];
        Assert.Equal(90, booking.GetProperty("durationMinutes").GetInt32());
        Assert.Equal("2027-03-28T00:30:00+00:00", booking.GetProperty("startInstant").GetString());
        Assert.Equal("2027-03-28T03:00:00+01:00", booking.GetProperty("endInstant").GetString());
        // £60 an hour for 90 minutes is £90; a registered charity's 50% concession leaves £45.
        Assert.Equal(9000, booking.GetProperty("price").GetProperty("fullRatePence").GetInt64());
        Assert.Equal(4500, booking.GetProperty("price").GetProperty("chargedPence").GetInt64());
        Assert.Equal(4500, booking.GetProperty("price").GetProperty("inKindPence").GetInt64());
    }

    [Fact]
    public async Task The_night_the_clocks_go_back_00_30_to_02_30_lasts_180_minutes()
    {
        var estate = await TestEstate.Create(api);

        var body = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-10-31T00:30", "2027-10-31T02:30")));

        Assert.Equal(180, body.GetProperty("bookings")[0].GetProperty("durationMinutes").GetInt32());
    }

    [Fact]
    public async Task An_ambiguous_autumn_time_means_the_earlier_instant()
    {
        var estate = await TestEstate.Create(api);

        var body = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-10-31T01:15", "2027-10-31T03:00")));

        var booking = body.GetProperty("bookings")[0];
        Assert.Equal("2027-10-31T01:15:00+01:00", booking.GetProperty("startInstant").GetString());
        Assert.Equal(165, booking.GetProperty("durationMinutes").GetInt32());
    }
}
