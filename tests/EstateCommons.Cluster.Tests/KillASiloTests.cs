using System.Net.Http.Headers;
using Xunit.Abstractions;

namespace EstateCommons.Cluster.Tests;

public sealed class KillASiloTests(ITestOutputHelper output)
{
    private const int Clients = 6;
    private const int Victim = 1;
    private const int Halls = 3;
    private const int SlotsPerDay = 24;
    private static readonly TimeSpan LoadBeforeKill = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan LoadAfterKill = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan QuietBeforeStopping = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan GiveUpAfterKill = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Losing_a_silo_mid_load_loses_no_acknowledged_booking_double_books_nothing_and_recovers_within_30_seconds()
    {
        await using var cluster = await ThreeSiloCluster.Start();
        var token = await SignIn(cluster.Silos[0]);
        var silos = cluster.Silos.Select(silo => silo.Client()).ToList();
        foreach (var silo in silos)
        {
            silo.Timeout = TimeSpan.FromSeconds(5);
            silo.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        // Each call through a different silo, with the token one of them issued.
        await Ok(silos[0].PostAsJsonAsync("/api/trusts", new { id = "cluster-trust", name = "Cluster Trust" }));
        await Ok(silos[1].PostAsJsonAsync("/api/trusts/cluster-trust/sites", new { id = "cluster-site", name = "Cluster Hospital", latitude = 51.5, longitude = -0.1, postcode = "SW1A 1AA" }));
        // A hall defined through each silo, so whichever silo is killed most likely holds one of their calendars.
        for (var hall = 0; hall < Halls; hall++)
        {
            await Ok(silos[hall % silos.Count].PutAsJsonAsync($"/api/sites/cluster-site/spaces/hall-{hall}", new { name = $"Hall {hall}", kind = "Hall", capacity = 50, rules = new { minNoticeHours = 0 } }));
        }
        var organisation = (await Ok(silos[2].PostAsJsonAsync("/api/organisations", new { name = "Cluster Group", kind = "CommunityGroup" }))).GetProperty("id").GetString()!;

        var firstDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        var load = new BookingLoad(silos, slot =>
        {
            var (hall, hallSlot) = (slot % Halls, slot / Halls);
            var day = firstDay.AddDays(hallSlot / SlotsPerDay).ToString("yyyy-MM-dd");
            var start = new TimeOnly(8, 0).AddMinutes(30 * (hallSlot % SlotsPerDay));
            return new
            {
                siteId = "cluster-site", spaceId = $"hall-{hall}", organisationId = organisation,
                start = $"{day}T{start:HH\\:mm}", end = $"{day}T{start.AddMinutes(30):HH\\:mm}", attendees = 10, purpose = $"Slot {slot}",
            };
        });
        TimeSpan? killedAt = null;
        var running = load.Run(Clients, () => killedAt is not { } kill || load.Now < kill + GiveUpAfterKill &&
            (load.Now < kill + LoadAfterKill || load.LastLoss is { } loss && load.Now < loss + QuietBeforeStopping));
        await Task.Delay(LoadBeforeKill);
        cluster.Silos[Victim].KillHard();
        killedAt = load.Now;
        await running;

        var figures = LoadFigures.Of(load, killedAt.Value, Victim);
        output.WriteLine(figures.ToString());
        Console.WriteLine(figures.ToString());

        var unexpected = load.Attempts.Where(a => a.Answered && a.Status is not (HttpStatusCode.Created or HttpStatusCode.Conflict)).ToList();
        Assert.True(unexpected.Count == 0, $"Unexpected answers: {string.Join(", ", unexpected.Select(a => a.Status).Distinct())}");
        Assert.True(figures.FirstSuccessAfterKill <= Recovery, $"No request succeeded within {Recovery} of the kill.\n{figures}");
        Assert.True(figures.AllSucceedingAfterKill <= Recovery, $"Requests still failed more than {Recovery} after the kill.\n{figures}");

        var lastDay = firstDay.AddDays(load.AcknowledgedBookings.Select(b => b.Slot).DefaultIfEmpty().Max() / Halls / SlotsPerDay);
        var held = (await Ok(silos[0].GetAsync($"/api/organisations/{organisation}/bookings?from={firstDay:yyyy-MM-dd}&to={lastDay:yyyy-MM-dd}")))
            .GetProperty("bookings").EnumerateArray()
            .Where(b => b.GetProperty("status").GetString() is not ("Cancelled" or "Rejected" or "PaymentExpired"))
            .Select(b => (Id: b.GetProperty("id").GetString()!, Hall: b.GetProperty("spaceId").GetString()!, Start: DateTimeOffset.Parse(b.GetProperty("startInstant").GetString()!), End: DateTimeOffset.Parse(b.GetProperty("endInstant").GetString()!)))
            .OrderBy(b => b.Hall).ThenBy(b => b.Start)
            .ToList();
        var missing = load.AcknowledgedBookings.Select(b => b.Id).Except(held.Select(b => b.Id)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged bookings are gone: {string.Join(", ", missing.Take(10))}");
        var overlaps = held.Zip(held.Skip(1)).Where(pair => pair.First.Hall == pair.Second.Hall && pair.Second.Start < pair.First.End).ToList();
        Assert.True(overlaps.Count == 0, $"Double booked: {string.Join(", ", overlaps.Take(10).Select(p => $"{p.First.Id} and {p.Second.Id}"))}");
        Assert.True(load.AcknowledgedBookings.Count > 0, "Nothing was booked at all.");
    }

    private static async Task<string> SignIn(ServerProcess silo)
    {
        using var http = silo.Client();
        return (await Ok(http.PostAsJsonAsync("/api/auth/token", new { email = ThreeSiloCluster.AdminEmail, password = ThreeSiloCluster.AdminPassword })))
            .GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
