using System.Net.Http.Headers;

namespace EstateCommons.Server.Tests;

/// <summary>
/// A food market trading Saturdays and Sundays 08:00–14:00 at a <see cref="TestEstate"/> site in Europe/London, made
/// through the API. The test clock stands at Monday 23 November 2026, so the weekend before has been counted.
/// </summary>
public sealed record FootfallMarket(TestEstate Estate, string MarketId)
{
    public const string Saturday = "2026-11-21";
    public const string Sunday = "2026-11-22";

    public string Path => $"/api/sites/{Estate.SiteId}/markets/{MarketId}";

    public static async Task<FootfallMarket> Create(EstateApi api)
    {
        var estate = await TestEstate.Create(api);
        var market = new FootfallMarket(estate, "weekend-market");
        await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Put(market.Path, new
        {
            name = "Weekend farmers' market",
            location = "Main car park",
            schedule = new { weekdays = new[] { "saturday", "sunday" }, opens = "08:00", closes = "14:00", firstDate = "2026-01-03", lastDate = "2027-12-26" },
            pitches = new[] { new { id = "p1", widthMetres = 3, depthMetres = 3 } },
            fee = new { kind = "flat", perPitchPence = 2500 },
        }));
        return market;
    }

    /// <summary>Registers a counter as the site's manager and returns its id and token.</summary>
    public async Task<(string Id, string Token)> RegisterCounter(string name = "North gate")
    {
        var counter = await ApiClient.Expect(HttpStatusCode.Created, await Estate.Manager.Post($"{Path}/counters", new { name }));
        return (counter.GetProperty("id").GetString()!, counter.GetProperty("token").GetString()!);
    }

    /// <summary>A counter's upload, sent with its token and nothing else.</summary>
    public static Task<HttpResponseMessage> Upload(EstateApi api, string token, HttpContent body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/footfall/batches") { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Counter", token);
        return api.Anonymous().Http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> Upload(EstateApi api, string token, object body) => Upload(api, token, JsonContent.Create(body));

    /// <summary>An upload body: the batch id and its readings, each (when the interval started, with its offset; count).</summary>
    public static object Batch(string batchId, params (string Start, int Count)[] readings) =>
        new { batchId, readings = readings.Select(r => new { intervalStart = r.Start, count = r.Count }).ToArray() };

    public async Task<JsonElement> Footfall(string date) =>
        await ApiClient.Expect(HttpStatusCode.OK, await Estate.Manager.Get($"{Path}/days/{date}/footfall"));

    public async Task<long> Total(string date) => (await Footfall(date)).GetProperty("total").GetInt64();
}
