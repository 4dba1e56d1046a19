using System.Text;

namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class FootfallTests(EstateApi api)
{
    private const string Validation = "urn:estatecommons:problem:validation";
    private const string Unauthenticated = "urn:estatecommons:problem:unauthenticated";
    private const string Forbidden = "urn:estatecommons:problem:forbidden";

    [Fact]
    public async Task A_counter_sending_the_same_batch_again_is_not_counted_twice()
    {
        var market = await FootfallMarket.Create(api);
        var (_, token) = await market.RegisterCounter();
        var batch = FootfallMarket.Batch("2026-11-21/1", ("2026-11-21T09:00:00Z", 40), ("2026-11-21T09:15:00Z", 55), ("2026-11-21T07:45:00Z", 6));

        var first = await ApiClient.Expect(HttpStatusCode.OK, await FootfallMarket.Upload(api, token, batch));
        var again = await ApiClient.Expect(HttpStatusCode.OK, await FootfallMarket.Upload(api, token, batch));

        Assert.Equal((3, false), (first.GetProperty("recorded").GetInt32(), first.GetProperty("repeat").GetBoolean()));
        Assert.Equal((0, true), (again.GetProperty("recorded").GetInt32(), again.GetProperty("repeat").GetBoolean()));
        // 07:45 is before the market opens, so only the two readings in opening hours count.
        var footfall = await market.Footfall(FootfallMarket.Saturday);
        Assert.Equal(95, footfall.GetProperty("total").GetInt64());
        var hour = Assert.Single(footfall.GetProperty("perHour").EnumerateArray());
        Assert.Equal(("2026-11-21T09:00", "2026-11-21T09:00:00+00:00", 95L),
            (hour.GetProperty("hourStart").GetString(), hour.GetProperty("hourStartInstant").GetString(), hour.GetProperty("visitors").GetInt64()));
    }

    [Fact]
    public async Task A_batch_spanning_two_market_days_counts_on_each_and_is_a_repeat_on_both_when_sent_again()
    {
        var market = await FootfallMarket.Create(api);
        var (_, token) = await market.RegisterCounter();
        var batch = FootfallMarket.Batch("weekend", ("2026-11-21T13:30:00Z", 20), ("2026-11-22T08:00:00Z", 12), ("2026-11-22T08:01:00Z", 3));

        var first = await ApiClient.Expect(HttpStatusCode.OK, await FootfallMarket.Upload(api, token, batch));
        var again = await ApiClient.Expect(HttpStatusCode.OK, await FootfallMarket.Upload(api, token, batch));

        Assert.Equal(3, first.GetProperty("recorded").GetInt32());
        Assert.True(again.GetProperty("repeat").GetBoolean());
        Assert.Equal(20, await market.Total(FootfallMarket.Saturday));
        Assert.Equal(15, await market.Total(FootfallMarket.Sunday));
    }

    [Fact]
    public async Task An_unknown_or_revoked_token_is_refused_with_401()
    {
        var market = await FootfallMarket.Create(api);
        var (id, token) = await market.RegisterCounter();
        var batch = FootfallMarket.Batch("b1", ("2026-11-21T09:00:00Z", 40));
        await ApiClient.Expect(HttpStatusCode.OK, await FootfallMarket.Upload(api, token, batch));

        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated, await FootfallMarket.Upload(api, token + "x", FootfallMarket.Batch("b2", ("2026-11-21T10:00:00Z", 5))));
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated,
            await market.Estate.Manager.Post("/api/footfall/batches", FootfallMarket.Batch("b3", ("2026-11-21T10:00:00Z", 5))));
        Assert.Equal(HttpStatusCode.NoContent, (await market.Estate.Manager.Delete($"{market.Path}/counters/{id}")).StatusCode);
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated, await FootfallMarket.Upload(api, token, FootfallMarket.Batch("b4", ("2026-11-21T10:00:00Z", 5))));

        Assert.Equal(40, await market.Total(FootfallMarket.Saturday));
        var counters = await ApiClient.Expect(HttpStatusCode.OK, await market.Estate.Manager.Get($"{market.Path}/counters"));
        Assert.Equal(0, counters.GetArrayLength());
    }

    [Fact]
    public async Task Counters_are_listed_without_their_tokens()
    {
        var market = await FootfallMarket.Create(api);
        var (id, token) = await market.RegisterCounter("South gate");

        var text = await (await market.Estate.Manager.Get($"{market.Path}/counters")).Content.ReadAsStringAsync();

        var counter = Assert.Single(JsonDocument.Parse(text).RootElement.EnumerateArray());
        Assert.Equal((id, "South gate"), (counter.GetProperty("id").GetString(), counter.GetProperty("name").GetString()));
        Assert.Equal("2026-11-23T09:00:00+00:00", counter.GetProperty("registeredAt").GetString());
        Assert.DoesNotContain(token, text);
        Assert.False(counter.TryGetProperty("token", out _));
    }

    [Fact]
    public async Task Bad_batches_are_refused_with_400_and_change_nothing()
    {
        var market = await FootfallMarket.Create(api);
        var (_, token) = await market.RegisterCounter();
        await ApiClient.Expect(HttpStatusCode.OK, await FootfallMarket.Upload(api, token, FootfallMarket.Batch("good", ("2026-11-21T09:00:00Z", 40))));
        var tooMany = Enumerable.Range(0, 10_001).Select(i => ((Instant.FromUtc(2026, 11, 1, 0, 0) + Duration.FromMinutes(i)).ToString(), 1)).ToArray();

        (object Body, string Field)[] invalid =
        [
            (FootfallMarket.Batch("bad", ("2026-11-21T10:00:00Z", -1)), "readings"),
            (FootfallMarket.Batch("bad", ("2026-11-21T10:00:00Z", 5), ("2026-11-21T10:00:00Z", 6)), "readings"),
            (FootfallMarket.Batch("bad", ("2026-11-21T10:00:00", 5)), "readings[0].intervalStart"),
            (FootfallMarket.Batch("bad", ("2026-11-23T11:00:00Z", 5)), "readings"),
            (FootfallMarket.Batch("", ("2026-11-21T10:00:00Z", 5)), "batchId"),
            (FootfallMarket.Batch("bad"), "readings"),
            (new { batchId = "bad", readings = new[] { new { intervalStart = "2026-11-21T10:00:00Z" } } }, "readings[0].count"),
            (FootfallMarket.Batch("bad", tooMany), "readings"),
        ];
        foreach (var (body, field) in invalid)
        {
            var problem = await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation, await FootfallMarket.Upload(api, token, body));
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"Expected an error for {field}: {problem}");
        }
        var malformed = new StringContent("{\"batchId\": \"bad\", \"readings\": [{\"count\": \"lots\"", Encoding.UTF8, "application/json");
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, "urn:estatecommons:problem:malformed-request", await FootfallMarket.Upload(api, token, malformed));

        Assert.Equal(40, await market.Total(FootfallMarket.Saturday));
        // None of the refused batches was remembered either: the id "bad" is still free for a good batch.
        var later = await ApiClient.Expect(HttpStatusCode.OK, await FootfallMarket.Upload(api, token, FootfallMarket.Batch("bad", ("2026-11-21T10:00:00Z", 5))));
        Assert.False(later.GetProperty("repeat").GetBoolean());
        Assert.Equal(45, await market.Total(FootfallMarket.Saturday));
    }

    [Fact]
    public async Task A_manual_tally_adds_to_the_days_footfall()
    {
        var market = await FootfallMarket.Create(api);
        var (_, token) = await market.RegisterCounter();
        await ApiClient.Expect(HttpStatusCode.OK, await FootfallMarket.Upload(api, token, FootfallMarket.Batch("b1", ("2026-11-21T09:00:00Z", 40))));
        var tallies = $"{market.Path}/days/{FootfallMarket.Saturday}/footfall/tallies";

        var after = await ApiClient.Expect(HttpStatusCode.Created, await market.Estate.Manager.Post(tallies, new { from = "2026-11-21T10:00", to = "2026-11-21T11:00", count = 30 }));

        Assert.Equal(70, after.GetProperty("total").GetInt64());
        Assert.Equal(70, await market.Total(FootfallMarket.Saturday));
        Assert.Equal([40L, 30L], after.GetProperty("perHour").EnumerateArray().Select(h => h.GetProperty("visitors").GetInt64()));
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation,
            await market.Estate.Manager.Post(tallies, new { from = "2026-11-22T10:00", to = "2026-11-22T11:00", count = 30 }));
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation,
            await market.Estate.Manager.Post(tallies, new { from = "2026-11-21T11:00", to = "2026-11-21T10:00", count = 30 }));
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation,
            await market.Estate.Manager.Post(tallies, new { from = "2026-11-21T10:00", to = "2026-11-21T11:00", count = -3 }));
        Assert.Equal(70, await market.Total(FootfallMarket.Saturday));
    }

    [Fact]
    public async Task Only_the_markets_managers_register_counters_and_see_or_tally_footfall()
    {
        var market = await FootfallMarket.Create(api);
        var (id, _) = await market.RegisterCounter();
        var other = await TestEstate.Create(api);
        var day = $"{market.Path}/days/{FootfallMarket.Saturday}/footfall";

        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await other.Manager.Post($"{market.Path}/counters", new { name = "Sneaky" }));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await other.Manager.Get($"{market.Path}/counters"));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await other.Manager.Delete($"{market.Path}/counters/{id}"));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await other.Manager.Get(day));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await market.Estate.Member.Get(day));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden,
            await other.Manager.Post($"{day}/tallies", new { from = "2026-11-21T10:00", to = "2026-11-21T11:00", count = 30 }));
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated, await api.Anonymous().Get(day));

        var counters = await ApiClient.Expect(HttpStatusCode.OK, await market.Estate.Manager.Get($"{market.Path}/counters"));
        Assert.Equal([id], counters.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(0, await market.Total(FootfallMarket.Saturday));
    }

    [Fact]
    public async Task Footfall_is_read_for_market_days_only()
    {
        var market = await FootfallMarket.Create(api);

        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, "urn:estatecommons:problem:not-found", await market.Estate.Manager.Get($"{market.Path}/days/2026-11-20/footfall"));
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation, await market.Estate.Manager.Get($"{market.Path}/days/saturday/footfall"));
    }
}
