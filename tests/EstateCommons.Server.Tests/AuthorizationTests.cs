namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class AuthorizationTests(EstateApi api)
{
    private const string Forbidden = "urn:estatecommons:problem:forbidden";

    [Fact]
    public async Task A_manager_of_one_trust_cannot_change_another_trusts_sites_or_managers()
    {
        var ours = await TestEstate.Create(api);
        var theirs = await TestEstate.Create(api);
        var theirSpace = $"/api/sites/{theirs.SiteId}/spaces/{theirs.SpaceId}";
        var before = await (await theirs.Manager.Get(theirSpace)).Content.ReadAsStringAsync();

        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Manager.Put(theirSpace, TestEstate.Room(capacity: 2)));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Manager.Put($"/api/sites/{theirs.SiteId}/spaces/new-room", TestEstate.Room()));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Manager.Post($"/api/trusts/{theirs.TrustId}/sites",
            new { id = $"{theirs.SiteId}-annex", name = "Annex", latitude = 52.0, longitude = -1.0, postcode = "B15 2TT" }));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Manager.Post($"/api/trusts/{theirs.TrustId}/managers", new { email = ours.ManagerEmail }));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Manager.Get($"/api/trusts/{theirs.TrustId}"));
        Assert.Equal(before, await (await theirs.Manager.Get(theirSpace)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_the_platform_admin_creates_trusts()
    {
        var estate = await TestEstate.Create(api);

        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await estate.Manager.Post("/api/trusts", new { id = "rogue-trust", name = "Rogue" }));
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, "urn:estatecommons:problem:unauthenticated", await api.Anonymous().Post("/api/trusts", new { id = "rogue-trust", name = "Rogue" }));
    }

    [Fact]
    public async Task A_member_cannot_book_for_or_see_another_organisations_bookings()
    {
        var ours = await TestEstate.Create(api);
        var theirs = await TestEstate.Create(api);
        var theirBooking = await ApiClient.Expect(HttpStatusCode.Created, await theirs.Member.Post("/api/bookings", theirs.Booking("2027-02-01T10:00", "2027-02-01T11:00")));
        var id = theirBooking.GetProperty("bookings")[0].GetProperty("id").GetString();

        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Member.Post("/api/bookings", theirs.Booking("2027-02-02T10:00", "2027-02-02T11:00")));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Member.Get($"/api/bookings/{id}"));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Member.Delete($"/api/bookings/{id}"));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Member.Get($"/api/organisations/{theirs.OrganisationId}/bookings"));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Manager.Get($"/api/bookings/{id}"));
        Assert.Equal("Confirmed", (await ApiClient.Expect(HttpStatusCode.OK, await theirs.Member.Get($"/api/bookings/{id}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Others_see_only_busy_time_while_the_sites_managers_see_the_details()
    {
        var estate = await TestEstate.Create(api);
        var body = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-02-03T10:00", "2027-02-03T12:00")));
        var id = body.GetProperty("bookings")[0].GetProperty("id").GetString();

        var availability = await ApiClient.Expect(HttpStatusCode.OK,
            await api.Anonymous().Get($"/api/sites/{estate.SiteId}/spaces/{estate.SpaceId}/availability?from=2027-02-03&to=2027-02-03"));
        var managerView = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get($"/api/bookings/{id}"));

        Assert.DoesNotContain(estate.OrganisationId, availability.GetRawText());
        Assert.Equal(["2027-02-03T00:00–2027-02-03T10:00", "2027-02-03T12:00–2027-02-04T00:00"],
            availability.GetProperty("free").EnumerateArray().Select(f => $"{f.GetProperty("start").GetString()}–{f.GetProperty("end").GetString()}"));
        Assert.Equal("Carers' peer support", managerView.GetProperty("purpose").GetString());
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, "urn:estatecommons:problem:unauthenticated", await api.Anonymous().Get($"/api/bookings/{id}"));
    }

    [Fact]
    public async Task Only_the_sites_managers_approve_bookings()
    {
        var estate = await TestEstate.Create(api, approvalRequired: true);
        var body = await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-02-04T18:00", "2027-02-04T20:00")));
        var booking = body.GetProperty("bookings")[0];
        var id = booking.GetProperty("id").GetString();
        Assert.Equal("PendingApproval", booking.GetProperty("status").GetString());

        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await estate.Member.Post($"/api/bookings/{id}/approve", new { }));
        var queue = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get($"/api/sites/{estate.SiteId}/bookings?from=2027-02-01&to=2027-02-28&status=PendingApproval"));
        var approved = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Post($"/api/bookings/{id}/approve", new { }));

        Assert.Equal(id, queue.GetProperty("bookings")[0].GetProperty("id").GetString());
        Assert.Equal("Confirmed", approved.GetProperty("bookings")[0].GetProperty("status").GetString());
        await ApiClient.ExpectProblem(HttpStatusCode.Conflict, "urn:estatecommons:problem:booking-state", await estate.Manager.Post($"/api/bookings/{id}/reject", new { reason = "too late" }));
    }
}
