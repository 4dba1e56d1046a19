namespace EstateCommons.Server.Tests;

/// <summary>
/// A trust with a manager, one Europe/London site with a room open 00:00–24:00 every day, and a registered charity
/// with a member — made through the API, under ids unique to the test.
/// </summary>
public sealed record TestEstate(
    string TrustId, string SiteId, string SpaceId, string OrganisationId,
    ApiClient Manager, ApiClient Member, string ManagerEmail, string MemberEmail)
{
    public const string Password = "correct-horse-battery";

    public static object Room(int capacity = 30, bool approvalRequired = false, int bufferMinutes = 0, int? fullRefundHoursBefore = null, int concessionPercent = 50) => new
    {
        name = "Seminar room",
        kind = "Room",
        capacity,
        facilities = new[] { "projector", "hearing-loop" },
        accessibility = new { stepFreeAccess = true, accessibleToilet = true },
        openingHours = new Dictionary<string, string[][]>
        {
            ["monday"] = [["00:00", "24:00"]], ["tuesday"] = [["00:00", "24:00"]], ["wednesday"] = [["00:00", "24:00"]],
            ["thursday"] = [["00:00", "24:00"]], ["friday"] = [["00:00", "24:00"]], ["saturday"] = [["00:00", "24:00"]],
            ["sunday"] = [["00:00", "24:00"]],
        },
        rules = new { minMinutes = 30, maxMinutes = 600, slotMinutes = 15, bufferMinutes, minNoticeHours = 24, maxAdvanceDays = 730 },
        pricing = new { hourlyRatePence = 6000, concessions = new Dictionary<string, int> { ["RegisteredCharity"] = concessionPercent, ["CommunityGroup"] = 75 } },
        approvalRequired,
        cancellation = fullRefundHoursBefore is { } hours ? new { fullRefundHoursBefore = hours } : null,
    };

    public static async Task<TestEstate> Create(EstateApi api, bool approvalRequired = false, int bufferMinutes = 0)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var memberEmail = $"member-{tag}@charity.example";
        var (trustId, siteId, manager, managerEmail) = await TrustWithSite(api, tag);
        var member = await Register(api, memberEmail);

        await ApiClient.Expect(HttpStatusCode.OK, await manager.Put($"/api/sites/{siteId}/spaces/room-1", Room(approvalRequired: approvalRequired, bufferMinutes: bufferMinutes)));

        var organisation = await ApiClient.Expect(HttpStatusCode.Created, await member.Post("/api/organisations",
            new { name = "Carers Network", kind = "RegisteredCharity", charityNumber = "1123456" }));
        return new TestEstate(trustId, siteId, "room-1", organisation.GetProperty("id").GetString()!, manager, member, managerEmail, memberEmail);
    }

    /// <summary>A new trust (made by the admin) with a manager, and a Europe/London site made by that manager, all named by <paramref name="tag"/>.</summary>
    public static async Task<(string TrustId, string SiteId, ApiClient Manager, string ManagerEmail)> TrustWithSite(EstateApi api, string tag)
    {
        var managerEmail = $"manager-{tag}@trust.example";
        var manager = await Register(api, managerEmail);
        var admin = await api.Admin();
        var trustId = $"trust-{tag}";
        await ApiClient.Expect(HttpStatusCode.Created, await admin.Post("/api/trusts", new { id = trustId, name = $"Trust {tag}" }));
        await ApiClient.Expect(HttpStatusCode.OK, await admin.Post($"/api/trusts/{trustId}/managers", new { email = managerEmail }));
        var siteId = $"site-{tag}";
        await ApiClient.Expect(HttpStatusCode.Created, await manager.Post($"/api/trusts/{trustId}/sites",
            new { id = siteId, name = "General Hospital", timeZone = "Europe/London", latitude = 52.4862, longitude = -1.8904, postcode = "B15 2TT" }));
        return (trustId, siteId, manager, managerEmail);
    }

    public static async Task<ApiClient> Register(EstateApi api, string email)
    {
        var client = api.Anonymous();
        await ApiClient.Expect(HttpStatusCode.Created, await client.Post("/api/accounts", new { email, password = Password, name = "Test person" }));
        await client.SignIn(email, Password);
        return client;
    }

    public object Booking(string start, string end, object? recurrence = null, int attendees = 12) => new
    {
        siteId = SiteId,
        spaceId = SpaceId,
        organisationId = OrganisationId,
        start,
        end,
        attendees,
        purpose = "Carers' peer support",
        recurrence,
    };
}
