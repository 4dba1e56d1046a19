using System.Net.Http.Headers;
using System.Text;

namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class BadInputTests(EstateApi api)
{
    private const string Validation = "urn:estatecommons:problem:validation";

    [Fact]
    public async Task Malformed_json_is_a_400_problem_that_says_where_and_books_nothing()
    {
        var estate = await TestEstate.Create(api);
        var content = new StringContent("{\"siteId\": \"x\", \"attendees\": \"lots\"", Encoding.UTF8, "application/json");

        var response = await estate.Member.Http.PostAsync("/api/bookings", content);

        var problem = await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, "urn:estatecommons:problem:malformed-request", response);
        Assert.Contains("attendees", problem.GetProperty("detail").GetString());
        await AssertNoBookings(estate);
    }

    [Fact]
    public async Task Booking_an_unknown_site_or_space_is_a_404_problem()
    {
        var estate = await TestEstate.Create(api);

        var unknownSite = await estate.Member.Post("/api/bookings", new
        {
            siteId = "no-such-site", spaceId = "room-1", organisationId = estate.OrganisationId,
            start = "2027-01-12T10:00", end = "2027-01-12T11:00", attendees = 3, purpose = "Coffee morning",
        });
        var unknownSpace = await estate.Member.Post("/api/bookings", new
        {
            siteId = estate.SiteId, spaceId = "no-such-room", organisationId = estate.OrganisationId,
            start = "2027-01-12T10:00", end = "2027-01-12T11:00", attendees = 3, purpose = "Coffee morning",
        });

        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, "urn:estatecommons:problem:not-found", unknownSite);
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, "urn:estatecommons:problem:not-found", unknownSpace);
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, "urn:estatecommons:problem:not-found", await estate.Member.Get("/api/sites/no-such-site"));
    }

    [Fact]
    public async Task An_end_before_the_start_is_a_422_naming_the_rule_and_books_nothing()
    {
        var estate = await TestEstate.Create(api);

        var response = await estate.Member.Post("/api/bookings", estate.Booking("2027-01-12T12:00", "2027-01-12T10:00"));

        var problem = await ApiClient.ExpectProblem(HttpStatusCode.UnprocessableEntity, "urn:estatecommons:problem:booking-rule", response);
        Assert.Equal("end-not-after-start", problem.GetProperty("rules")[0].GetString());
        await AssertNoBookings(estate);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_a_400_naming_the_field_and_creates_no_site()
    {
        var estate = await TestEstate.Create(api);

        var response = await estate.Manager.Post($"/api/trusts/{estate.TrustId}/sites",
            new { id = "mars-base", name = "Mars Base", timeZone = "Mars/Olympus_Mons", latitude = 1.0, longitude = 1.0, postcode = "B15 2TT" });

        var problem = await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation, response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("timeZone", out _));
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, "urn:estatecommons:problem:not-found", await estate.Manager.Get("/api/sites/mars-base"));
    }

    [Fact]
    public async Task A_negative_capacity_is_a_400_and_leaves_the_stored_space_unchanged()
    {
        var estate = await TestEstate.Create(api);
        var path = $"/api/sites/{estate.SiteId}/spaces/{estate.SpaceId}";
        var before = await (await estate.Manager.Get(path)).Content.ReadAsStringAsync();

        var response = await estate.Manager.Put(path, TestEstate.Room(capacity: -5));

        var problem = await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation, response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("capacity", out _));
        Assert.Equal(before, await (await estate.Manager.Get(path)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_ten_megabyte_body_is_refused_with_413_and_books_nothing()
    {
        var estate = await TestEstate.Create(api);
        var padding = new string('x', 10 * 1024 * 1024);
        var content = new StringContent($"{{\"purpose\":\"{padding}\"}}", Encoding.UTF8, "application/json");

        var response = await estate.Member.Http.PostAsync("/api/bookings", content);

        await ApiClient.ExpectProblem(HttpStatusCode.RequestEntityTooLarge, "urn:estatecommons:problem:request-too-large", response);
        await AssertNoBookings(estate);
    }

    [Fact]
    public async Task Missing_fields_are_listed_by_name_in_one_400()
    {
        var estate = await TestEstate.Create(api);

        var response = await estate.Member.Post("/api/bookings", new { siteId = estate.SiteId });

        var errors = (await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation, response)).GetProperty("errors");
        foreach (var field in new[] { "spaceId", "organisationId", "start", "end", "attendees", "purpose" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }
    }

    [Fact]
    public async Task Unknown_routes_and_wrong_content_types_answer_with_problem_details_not_5xx()
    {
        var estate = await TestEstate.Create(api);
        var notJson = new StringContent("siteId=x", Encoding.UTF8, "application/x-www-form-urlencoded");

        var wrongType = await estate.Member.Http.PostAsync("/api/bookings", notJson);
        var unknown = await estate.Member.Get("/api/nothing-here");

        Assert.InRange((int)wrongType.StatusCode, 400, 499);
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, "urn:estatecommons:problem:not-found", unknown);
    }

    [Fact]
    public async Task A_negative_notice_for_refunds_is_a_400_naming_the_field_and_leaves_the_space_as_it_was()
    {
        var estate = await TestEstate.Create(api);
        var space = $"/api/sites/{estate.SiteId}/spaces/{estate.SpaceId}";

        var response = await estate.Manager.Put(space, TestEstate.Room(fullRefundHoursBefore: -1));

        var problem = await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation, response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("cancellation.fullRefundHoursBefore", out _));
        var unchanged = await ApiClient.Expect(HttpStatusCode.OK, await api.Anonymous().Get(space));
        Assert.Equal(48, unchanged.GetProperty("cancellation").GetProperty("fullRefundHoursBefore").GetInt32());
    }

    private static async Task AssertNoBookings(TestEstate estate)
    {
        var listed = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Get($"/api/organisations/{estate.OrganisationId}/bookings?from=2026-11-01&to=2027-11-30"));
        Assert.Equal(0, listed.GetProperty("bookings").GetArrayLength());
    }
}
