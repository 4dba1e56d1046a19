using System.Net.Http.Headers;
using NodaTime.Text;

namespace EstateCommons.Server.Tests;

public sealed class RestartTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), $"ec-restart-{Guid.NewGuid():N}");

    private static readonly Dictionary<string, string> Admin = new()
    {
        ["EstateCommons:Bootstrap:AdminEmail"] = "admin@restart.test",
        ["EstateCommons:Bootstrap:AdminPassword"] = "admin-password-1",
    };

    [Fact]
    public async Task A_booking_acknowledged_with_201_is_there_after_the_server_is_killed_with_sigkill()
    {
        // Real time, since this is a separate process: book a week ahead, local to the site.
        var day = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date.PlusDays(7);
        var date = LocalDatePattern.Iso.Format(day);
        string bookingId;
        string token;
        string acknowledged;

        await using (var first = await ServerProcess.Start(_dataPath, Admin))
        {
            using var http = first.Client();
            token = await SignIn(http, "admin@restart.test", "admin-password-1");
            await Ok(http.PostAsJsonAsync("/api/trusts", new { id = "restart-trust", name = "Restart Trust" }));
            await Ok(http.PostAsJsonAsync("/api/trusts/restart-trust/sites", new { id = "restart-site", name = "Restart Hospital", latitude = 51.5, longitude = -0.1, postcode = "SW1A 1AA" }));
            await Ok(http.PutAsJsonAsync("/api/sites/restart-site/spaces/room-1", new { name = "Room 1", kind = "Room", capacity = 10, rules = new { minNoticeHours = 0 } }));
            var organisation = await Ok(http.PostAsJsonAsync("/api/organisations", new { name = "Restart Group", kind = "CommunityGroup" }));

            var response = await http.PostAsJsonAsync("/api/bookings", new
            {
                siteId = "restart-site", spaceId = "room-1", organisationId = organisation.GetProperty("id").GetString(),
                start = $"{date}T10:00", end = $"{date}T11:00", attendees = 5, purpose = "Survive a crash",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var created = await ApiClient.Json(response);
            bookingId = created.GetProperty("bookings")[0].GetProperty("id").GetString()!;
            acknowledged = created.GetProperty("bookings")[0].GetRawText();

            first.KillHard();
        }

        await using var second = await ServerProcess.Start(_dataPath, Admin);
        using var again = second.Client();
        // The token issued before the crash still works: its signing keys are in the data directory too.
        again.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var after = await Ok(again.GetAsync($"/api/bookings/{bookingId}"));
        Assert.Equal(acknowledged, after.GetRawText());
        var rebook = await again.PostAsJsonAsync("/api/bookings", new
        {
            siteId = "restart-site", spaceId = "room-1", organisationId = after.GetProperty("organisationId").GetString(),
            start = $"{date}T10:30", end = $"{date}T11:30", attendees = 5, purpose = "Same slot",
        });
        Assert.Equal(HttpStatusCode.Conflict, rebook.StatusCode);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataPath)) Directory.Delete(_dataPath, recursive: true);
    }

    private static async Task<string> SignIn(HttpClient http, string email, string password)
    {
        var token = (await Ok(http.PostAsJsonAsync("/api/auth/token", new { email, password }))).GetProperty("accessToken").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return token;
    }

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
