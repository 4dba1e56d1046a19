namespace EstateCommons.Server.Tests;

[Collection(MarketApiCollection.Name)]
public sealed class MarketJourneyTests(EstateApi api)
{
    [Fact]
    public async Task Sellers_apply_allocation_runs_when_applications_close_and_a_withdrawal_brings_in_the_waitlist()
    {
        var market = await TestMarket.Create(api, pitches: 2, powered: 0);
        var (farm, farmId) = await market.Seller("Orchard Farm");
        var (dairy, dairyId) = await market.Seller("Meadow Dairy", category: "cheese");
        var (bakery, bakeryId) = await market.Seller("Corner Bakery", category: "bread");
        var (lapsed, lapsedId) = await market.Seller("Lapsed Honey", insuredUntil: "2026-12-01", category: "honey");
        await ApiClient.Expect(HttpStatusCode.Created, await market.Apply(farm, farmId, ["P1", "P2"]));
        await ApiClient.Expect(HttpStatusCode.Created, await market.Apply(dairy, dairyId, ["P1"], "cheese"));
        await ApiClient.Expect(HttpStatusCode.Created, await market.Apply(bakery, bakeryId, ["P2", "P1"], "bread"));
        await ApiClient.Expect(HttpStatusCode.Created, await market.Apply(lapsed, lapsedId, ["P2"], "honey"));
        var open = await ApiClient.Expect(HttpStatusCode.OK, await api.Anonymous().Get(market.DayPath));
        Assert.Equal("applicationsOpen", open.GetProperty("stage").GetString());
        Assert.Equal("2026-12-03T09:00:00+00:00", open.GetProperty("applicationsClose").GetString());

        api.Clock.Reset(TestMarket.ApplicationsClose + Duration.FromMinutes(1));
        var allocation = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"{market.DayPath}/allocation"));

        Assert.Equal("scheduled", allocation.GetProperty("runBy").GetString());
        Assert.True(allocation.GetProperty("provedOptimal").GetBoolean());
        Assert.True(allocation.GetProperty("seed").TryGetInt32(out _));
        Assert.Equal(2, allocation.GetProperty("allocated").GetArrayLength());
        var unallocated = allocation.GetProperty("unallocated").EnumerateArray().ToList();
        Assert.Equal(2, unallocated.Count);
        Assert.All(unallocated, u => Assert.False(string.IsNullOrEmpty(u.GetProperty("explanation").GetString())));
        var lapsedOutcome = await market.Outcome(lapsed, lapsedId);
        Assert.Equal("notAllocated", lapsedOutcome.GetProperty("status").GetString());
        Assert.Equal("complianceLapsed", lapsedOutcome.GetProperty("reason").GetString());
        Assert.Contains("ran out on 2026-12-01", lapsedOutcome.GetProperty("explanation").GetString());

        var waiting = allocation.GetProperty("waitlist").EnumerateArray().Single().GetString()!;
        var holders = allocation.GetProperty("allocated").EnumerateArray().Select(a => a.GetProperty("sellerId").GetString()!).ToList();
        var clients = new Dictionary<string, ApiClient> { [farmId] = farm, [dairyId] = dairy, [bakeryId] = bakery };
        var leaving = holders[0];
        var staying = holders[1];
        var waitingBefore = await market.Outcome(clients[waiting], waiting);
        Assert.Equal("waitlisted", waitingBefore.GetProperty("status").GetString());
        Assert.Equal(1, waitingBefore.GetProperty("waitlistPlace").GetInt32());

        await ApiClient.Expect(HttpStatusCode.OK, await clients[staying].Post($"{market.DayPath}/offers/{staying}/accept", new { }));
        var withdrawn = await ApiClient.Expect(HttpStatusCode.OK, await clients[leaving].Delete($"{market.DayPath}/applications/{leaving}"));
        Assert.Equal("released", withdrawn.GetProperty("status").GetString());

        var offered = await market.Outcome(clients[waiting], waiting);
        Assert.Equal("offered", offered.GetProperty("status").GetString());
        Assert.Equal("waitlist", offered.GetProperty("holding").GetProperty("source").GetString());
        var accepted = await ApiClient.Expect(HttpStatusCode.OK, await clients[waiting].Post($"{market.DayPath}/offers/{waiting}/accept", new { }));
        Assert.Equal("confirmed", accepted.GetProperty("status").GetString());
    }

    [Fact]
    public async Task On_the_day_sellers_check_in_a_no_show_is_re_let_and_fees_follow_the_market()
    {
        var market = await TestMarket.Create(api, pitches: 2, powered: 0);
        var (farm, farmId) = await market.Seller("Orchard Farm");
        var (dairy, dairyId) = await market.Seller("Meadow Dairy", category: "cheese", businessType: "Vcse");
        var (bakery, bakeryId) = await market.Seller("Corner Bakery", category: "bread");
        await market.Apply(farm, farmId, ["P1"]);
        await market.Apply(dairy, dairyId, ["P2"], "cheese");
        await market.Apply(bakery, bakeryId, ["P1"], "bread");
        var run = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Post($"{market.DayPath}/allocation", new { seed = 99 }));
        Assert.Equal(99, run.GetProperty("seed").GetInt32());
        Assert.True(run.GetProperty("closedEarly").GetBoolean());
        var onP1 = run.GetProperty("allocated").EnumerateArray().Single(a => a.GetProperty("pitchIds")[0].GetString() == "P1").GetProperty("sellerId").GetString()!;
        var other = onP1 == farmId ? bakeryId : farmId;
        var clients = new Dictionary<string, ApiClient> { [farmId] = farm, [dairyId] = dairy, [bakeryId] = bakery };
        await ApiClient.Expect(HttpStatusCode.OK, await clients[onP1].Post($"{market.DayPath}/offers/{onP1}/accept", new { }));
        await ApiClient.Expect(HttpStatusCode.OK, await dairy.Post($"{market.DayPath}/offers/{dairyId}/accept", new { }));

        api.Clock.Reset(TestMarket.Opening - Duration.FromHours(1));
        var checkedIn = await ApiClient.Expect(HttpStatusCode.OK, await dairy.Post($"{market.DayPath}/check-ins", new { sellerId = dairyId }));
        Assert.True(checkedIn.GetProperty("checkedIn").GetBoolean());
        await ApiClient.ExpectProblem(HttpStatusCode.Conflict, "urn:estatecommons:problem:market-day-timing",
            await market.Manager.Post($"{market.DayPath}/no-shows", new { sellerId = onP1 }));

        api.Clock.Reset(TestMarket.Opening + Duration.FromMinutes(30));
        await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Post($"{market.DayPath}/no-shows", new { sellerId = onP1 }));
        var relet = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Post($"{market.DayPath}/relets", new { pitchIds = new[] { "P1" }, sellerId = other }));
        Assert.Contains(relet.GetProperty("checkIns").EnumerateArray(), c => c.GetProperty("sellerId").GetString() == other);
        Assert.Equal("noShow", (await market.Outcome(clients[onP1], onP1)).GetProperty("status").GetString());

        var fees = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"{market.DayPath}/fees"));
        var bySeller = fees.GetProperty("fees").EnumerateArray().ToDictionary(f => f.GetProperty("sellerId").GetString()!);
        Assert.Equal(new[] { dairyId, other }.Order(), bySeller.Keys.Order());
        Assert.Equal(2500, bySeller[other].GetProperty("chargedPence").GetInt64());
        Assert.Equal(0, bySeller[dairyId].GetProperty("chargedPence").GetInt64());
        Assert.Equal(2500, bySeller[dairyId].GetProperty("waivedPence").GetInt64());
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, "urn:estatecommons:problem:forbidden", await dairy.Get($"{market.DayPath}/sellers/{other}/fee"));
    }

    [Fact]
    public async Task A_footfall_fee_is_worked_out_after_the_day_from_the_counted_visitors_the_seller_can_see()
    {
        var market = await TestMarket.Create(api, pitches: 2, powered: 0,
            fee: new { kind = "footfall", ratePerHundredVisitorsPence = 150, floorPence = 500, capPence = 4000 });
        var (farm, farmId) = await market.Seller("Orchard Farm");
        await ApiClient.Expect(HttpStatusCode.Created, await market.Apply(farm, farmId, ["P1"]));
        await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Post($"{market.DayPath}/allocation", new { }));
        await ApiClient.Expect(HttpStatusCode.OK, await farm.Post($"{market.DayPath}/offers/{farmId}/accept", new { }));
        var counter = await ApiClient.Expect(HttpStatusCode.Created,
            await market.Manager.Post($"/api/sites/{market.SiteId}/markets/{market.MarketId}/counters", new { name = "Car park gate" }));
        var token = counter.GetProperty("token").GetString()!;

        api.Clock.Reset(TestMarket.Opening + Duration.FromHours(2));
        var batch = FootfallMarket.Batch("gate-1", ("2026-12-05T08:45:00Z", 99), ("2026-12-05T09:00:00Z", 700), ("2026-12-05T10:00:00Z", 534));
        await ApiClient.Expect(HttpStatusCode.OK, await FootfallMarket.Upload(api, token, batch));
        await ApiClient.Expect(HttpStatusCode.OK, await FootfallMarket.Upload(api, token, batch));
        var during = await ApiClient.Expect(HttpStatusCode.OK, await farm.Get($"{market.DayPath}/sellers/{farmId}/fee"));
        Assert.Equal(JsonValueKind.Null, during.GetProperty("visitors").ValueKind);
        Assert.False(string.IsNullOrEmpty(during.GetProperty("fees")[0].GetProperty("pendingBecause").GetString()));

        api.Clock.Reset(TestMarket.Closing + Duration.FromMinutes(1));
        var after = await ApiClient.Expect(HttpStatusCode.OK, await farm.Get($"{market.DayPath}/sellers/{farmId}/fee"));

        // Counted within opening hours only (the 08:45 interval is before opening), and the repeated upload adds nothing:
        // clamp(round_half_up(150 × 1234 / 100), 500, 4000) = 1851 pence.
        Assert.Equal(1234, after.GetProperty("visitors").GetInt64());
        var fee = after.GetProperty("fees").EnumerateArray().Single();
        Assert.Equal(1851, fee.GetProperty("chargedPence").GetInt64());
        Assert.Equal(1234, fee.GetProperty("footfall").GetProperty("visitors").GetInt64());
        Assert.Equal("none", fee.GetProperty("footfall").GetProperty("applied").GetString());
    }

    [Fact]
    public async Task A_seller_sees_their_own_takings_but_never_another_sellers_or_a_total_of_fewer_than_three()
    {
        var market = await TestMarket.Create(api, pitches: 3, powered: 0);
        var sellers = await market.ThreeTraders();
        api.Clock.Reset(TestMarket.Closing + Duration.FromMinutes(10));
        var (first, firstId) = sellers[0];
        var (second, secondId) = sellers[1];
        await ApiClient.Expect(HttpStatusCode.OK, await first.Put($"{market.DayPath}/takings/{firstId}", new { takingsPence = 31_250 }));
        await ApiClient.Expect(HttpStatusCode.OK, await second.Put($"{market.DayPath}/takings/{secondId}", new { takingsPence = 18_000 }));

        var own = await ApiClient.Expect(HttpStatusCode.OK, await first.Get($"{market.DayPath}/takings?sellerId={firstId}"));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, "urn:estatecommons:problem:forbidden", await first.Get($"{market.DayPath}/takings?sellerId={secondId}"));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, "urn:estatecommons:problem:forbidden", await first.Put($"{market.DayPath}/takings/{secondId}", new { takingsPence = 1 }));
        var manager = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"{market.DayPath}/takings"));

        Assert.Equal(31_250, own.GetProperty("ownTakingsPence").GetInt64());
        Assert.Equal(JsonValueKind.Null, own.GetProperty("totalPence").ValueKind);
        Assert.Equal("tooFewSellers", own.GetProperty("disclosure").GetString());
        Assert.Equal(JsonValueKind.Null, own.GetProperty("perSeller").ValueKind);
        Assert.Equal(49_250, manager.GetProperty("totalPence").GetInt64());
        Assert.Equal(2, manager.GetProperty("perSeller").GetArrayLength());

        var (third, thirdId) = sellers[2];
        await ApiClient.Expect(HttpStatusCode.OK, await third.Put($"{market.DayPath}/takings/{thirdId}", new { takingsPence = 9_000 }));
        var enough = await ApiClient.Expect(HttpStatusCode.OK, await first.Get($"{market.DayPath}/takings?sellerId={firstId}"));
        Assert.Equal(58_250, enough.GetProperty("totalPence").GetInt64());
        Assert.Equal("enoughSellers", enough.GetProperty("disclosure").GetString());
    }

    [Fact]
    public async Task Bad_market_requests_get_problem_details_and_change_nothing()
    {
        var market = await TestMarket.Create(api, pitches: 2, powered: 1);
        var (farm, farmId) = await market.Seller("Orchard Farm");
        var (_, otherId) = await market.Seller("Meadow Dairy", category: "cheese");
        await ApiClient.Expect(HttpStatusCode.Created, await market.Apply(farm, farmId, ["P1"]));

        var unknownPitch = await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, "urn:estatecommons:problem:validation", await market.Apply(farm, farmId, ["P9"]));
        Assert.True(unknownPitch.GetProperty("errors").TryGetProperty("pitchPreferences", out _));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, "urn:estatecommons:problem:forbidden", await market.Apply(farm, otherId, ["P2"]));
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, "urn:estatecommons:problem:unauthenticated", await market.Apply(api.Anonymous(), farmId, ["P2"]));
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, "urn:estatecommons:problem:not-found",
            await farm.Post($"/api/sites/{market.SiteId}/markets/{market.MarketId}/days/2026-12-26/applications", new { sellerId = farmId, pitchPreferences = new[] { "P1" }, categories = new[] { "vegetables" } }));
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, "urn:estatecommons:problem:validation",
            await farm.Get($"/api/sites/{market.SiteId}/markets/{market.MarketId}/days/05-12-2026"));
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, "urn:estatecommons:problem:malformed-request",
            await farm.Http.PostAsync($"{market.DayPath}/applications", new StringContent("{\"sellerId\": ", System.Text.Encoding.UTF8, "application/json")));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, "urn:estatecommons:problem:forbidden", await farm.Post($"{market.DayPath}/allocation", new { }));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, "urn:estatecommons:problem:forbidden", await farm.Get($"{market.DayPath}/applications"));
        var badMarket = await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, "urn:estatecommons:problem:validation",
            await market.Manager.Put($"/api/sites/{market.SiteId}/markets/{market.MarketId}", new { name = "", schedule = new { weekdays = new[] { "caturday" } }, pitches = Array.Empty<object>(), fee = new { kind = "barter" } }));
        Assert.True(badMarket.GetProperty("errors").TryGetProperty("fee.kind", out _));

        await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Post($"{market.DayPath}/allocation", new { }));
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, "urn:estatecommons:problem:validation",
            await market.Manager.Post($"{market.DayPath}/overrides", new { pitchIds = new[] { "P2" }, sellerId = farmId, reason = "" }));
        await ApiClient.ExpectProblem(HttpStatusCode.Conflict, "urn:estatecommons:problem:market-day-state", await market.Apply(farm, farmId, ["P2"]));

        var applications = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"{market.DayPath}/applications"));
        Assert.Equal(["P1"], applications.EnumerateArray().Single().GetProperty("pitchPreferences").EnumerateArray().Select(p => p.GetString()));
        var view = await ApiClient.Expect(HttpStatusCode.OK, await api.Anonymous().Get($"/api/sites/{market.SiteId}/markets/{market.MarketId}"));
        Assert.Equal("Saturday Farmers' Market", view.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("standingPitches").ValueKind);
        var allocation = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"{market.DayPath}/allocation"));
        Assert.Equal(["P1"], allocation.GetProperty("holdings").EnumerateArray().Single().GetProperty("pitchIds").EnumerateArray().Select(p => p.GetString()));
        Assert.Empty(allocation.GetProperty("overrides").EnumerateArray());
    }
}
