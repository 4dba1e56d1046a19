namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class BookingJourneyTests(EstateApi api)
{
    [Fact]
    public async Task A_charity_books_weekly_cancels_one_week_then_the_rest_from_a_date()
    {
        var estate = await TestEstate.Create(api);

        var created = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings",
            estate.Booking("2027-03-16T10:00", "2027-03-16T12:00", new { frequency = "weekly", count = 6 })));
        var ids = created.GetProperty("bookings").EnumerateArray().Select(b => b.GetProperty("id").GetString()!).ToList();
        Assert.Equal(6, ids.Count);
        // Every week is at 10:00 local, before and after the clocks change on 28 March.
        Assert.All(created.GetProperty("bookings").EnumerateArray(), b => Assert.EndsWith("T10:00", b.GetProperty("start").GetString()));
        Assert.Equal("2027-03-16T10:00:00+00:00", created.GetProperty("bookings")[0].GetProperty("startInstant").GetString());
        Assert.Equal("2027-03-30T10:00:00+01:00", created.GetProperty("bookings")[2].GetProperty("startInstant").GetString());

        var one = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Delete($"/api/bookings/{ids[1]}"));
        var rest = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Delete($"/api/bookings/{ids[3]}?scope=thisAndFollowing"));
        Assert.Equal(1, one.GetProperty("bookings").GetArrayLength());
        Assert.Equal(3, rest.GetProperty("bookings").GetArrayLength());

        var listed = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Get($"/api/organisations/{estate.OrganisationId}/bookings?from=2027-03-01&to=2027-05-31"));
        Assert.Equal(["Confirmed", "Cancelled", "Confirmed", "Cancelled", "Cancelled", "Cancelled"],
            listed.GetProperty("bookings").EnumerateArray().Select(b => b.GetProperty("status").GetString()));
        await ApiClient.ExpectProblem(HttpStatusCode.Conflict, "urn:estatecommons:problem:booking-state", await estate.Member.Delete($"/api/bookings/{ids[1]}"));
    }

    [Fact]
    public async Task A_series_with_one_clashing_week_books_nothing_and_lists_the_failing_week()
    {
        var estate = await TestEstate.Create(api);
        await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-04-20T11:00", "2027-04-20T11:30")));

        var response = await estate.Member.Post("/api/bookings", estate.Booking("2027-04-06T10:00", "2027-04-06T12:00", new { frequency = "weekly", until = "2027-05-04" }));

        var problem = await ApiClient.ExpectProblem(HttpStatusCode.Conflict, "urn:estatecommons:problem:booking-conflict", response);
        Assert.Equal("2027-04-20T10:00", problem.GetProperty("occurrences").EnumerateArray().Single().GetProperty("start").GetString());
        var listed = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Get($"/api/organisations/{estate.OrganisationId}/bookings?from=2027-04-01&to=2027-05-31"));
        Assert.Equal(1, listed.GetProperty("bookings").GetArrayLength());
    }

    [Fact]
    public async Task A_turnaround_buffer_keeps_back_to_back_bookings_apart()
    {
        var estate = await TestEstate.Create(api, bufferMinutes: 15);
        await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-02-10T10:00", "2027-02-10T11:00")));

        var tooClose = await estate.Member.Post("/api/bookings", estate.Booking("2027-02-10T11:00", "2027-02-10T12:00"));
        var clear = await estate.Member.Post("/api/bookings", estate.Booking("2027-02-10T11:15", "2027-02-10T12:00"));

        await ApiClient.ExpectProblem(HttpStatusCode.Conflict, "urn:estatecommons:problem:booking-conflict", tooClose);
        await ApiClient.Expect(HttpStatusCode.Created, clear);
    }

    [Fact]
    public async Task A_co_location_licence_takes_its_weekly_hours_out_of_availability()
    {
        var estate = await TestEstate.Create(api);
        var licence = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Put($"/api/sites/{estate.SiteId}/spaces/{estate.SpaceId}/licences/advice-tuesdays", new
        {
            organisationId = estate.OrganisationId,
            from = "2027-01-01",
            to = "2027-12-31",
            weekly = new[] { new { day = "tuesday", start = "09:00", end = "17:00" } },
            publicDescription = "Benefits and debt advice, Tuesdays",
        }));
        Assert.Equal("tuesday", licence.GetProperty("weekly")[0].GetProperty("day").GetString());

        var clash = await estate.Member.Post("/api/bookings", estate.Booking("2027-06-01T16:00", "2027-06-01T18:00"));
        var free = await ApiClient.Expect(HttpStatusCode.OK, await api.Anonymous().Get($"/api/sites/{estate.SiteId}/spaces/{estate.SpaceId}/availability?from=2027-06-01&to=2027-06-01"));
        var space = await ApiClient.Expect(HttpStatusCode.OK, await api.Anonymous().Get($"/api/sites/{estate.SiteId}/spaces/{estate.SpaceId}"));

        var problem = await ApiClient.ExpectProblem(HttpStatusCode.Conflict, "urn:estatecommons:problem:booking-conflict", clash);
        Assert.Equal("licence", problem.GetProperty("conflicts")[0].GetProperty("heldBy").GetString());
        Assert.Equal(["00:00–09:00", "17:00–00:00"], free.GetProperty("free").EnumerateArray().Select(f => $"{f.GetProperty("start").GetString()![11..]}–{f.GetProperty("end").GetString()![11..]}"));
        Assert.Equal("Benefits and debt advice, Tuesdays", space.GetProperty("licences")[0].GetProperty("publicDescription").GetString());
    }

    [Fact]
    public async Task Spaces_can_be_searched_by_capacity_facility_and_free_time()
    {
        var estate = await TestEstate.Create(api);
        await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Put($"/api/sites/{estate.SiteId}/spaces/hall", TestEstate.Room(capacity: 120)));
        await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-02-11T10:00", "2027-02-11T12:00")));
        var site = $"/api/sites/{estate.SiteId}/spaces";

        var big = await ApiClient.Expect(HttpStatusCode.OK, await api.Anonymous().Get($"{site}?minCapacity=100"));
        var withLoop = await ApiClient.Expect(HttpStatusCode.OK, await api.Anonymous().Get($"{site}?facility=hearing-loop&kind=Room"));
        var freeAtTen = await ApiClient.Expect(HttpStatusCode.OK, await api.Anonymous().Get($"{site}?freeFrom=2027-02-11T10:30&freeTo=2027-02-11T11:00"));

        Assert.Equal(["hall"], big.EnumerateArray().Select(s => s.GetProperty("spaceId").GetString()));
        Assert.Equal(2, withLoop.GetArrayLength());
        Assert.Equal(["hall"], freeAtTen.EnumerateArray().Select(s => s.GetProperty("spaceId").GetString()));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_booking_api()
    {
        var document = await ApiClient.Expect(HttpStatusCode.OK, await api.Anonymous().Get("/openapi/v1.json"));

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/auth/token", "/api/bookings", "/api/bookings/{id}", "/api/payments/{paymentId}", "/api/sites/{siteId}/spaces/{spaceId}/availability", "/api/sites/{siteId}/spaces/{spaceId}/licences/{licenceId}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }
    }
}
