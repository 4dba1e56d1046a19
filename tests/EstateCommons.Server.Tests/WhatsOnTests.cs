using System.Text.Json.Nodes;

namespace EstateCommons.Server.Tests;

[Collection(MarketApiCollection.Name)]
public sealed class WhatsOnTests(EstateApi api)
{
    private const string AdviceCentre = "Northfield Advice Centre";
    private const string AdviceDescription = "Free, confidential advice on benefits, debt and housing.";

    [Fact]
    public async Task Anyone_sees_the_market_day_its_confirmed_sellers_on_the_pitch_map_and_the_charity_service_with_nothing_personal()
    {
        var on = await SaturdayWithTradersAndAdvice();
        var anyone = api.Anonymous();

        var response = await anyone.Get($"/api/sites/{on.Market.SiteId}/whats-on?from={TestMarket.Day}&to={TestMarket.Day}");
        var text = await response.Content.ReadAsStringAsync();
        var body = await ApiClient.Expect(HttpStatusCode.OK, response);

        var day = body.GetProperty("days").EnumerateArray().Single();
        Assert.Equal(TestMarket.Day, day.GetProperty("date").GetString());
        var market = day.GetProperty("markets").EnumerateArray().Single();
        Assert.Equal("Saturday Farmers' Market", market.GetProperty("name").GetString());
        Assert.Equal("Car park B, by the main entrance", market.GetProperty("location").GetString());
        Assert.Equal("2026-12-05T09:00", market.GetProperty("opening").GetProperty("start").GetString());
        Assert.Equal("2026-12-05T14:00:00+00:00", market.GetProperty("opening").GetProperty("endInstant").GetString());
        Assert.Equal(["Meadow Dairy", "Orchard Farm"], market.GetProperty("sellers").EnumerateArray().Select(s => s.GetProperty("businessName").GetString()));

        var pitches = market.GetProperty("pitches").EnumerateArray().ToDictionary(p => p.GetProperty("pitch").GetProperty("id").GetString()!);
        Assert.Equal(3, pitches.Count);
        Assert.True(pitches["P1"].GetProperty("pitch").GetProperty("power").GetBoolean());
        Assert.Equal(["P2"], pitches["P1"].GetProperty("pitch").GetProperty("adjacent").EnumerateArray().Select(a => a.GetString()));
        var farmPitch = pitches[on.PitchOf["Orchard Farm"]];
        Assert.Equal("Orchard Farm", farmPitch.GetProperty("trader").GetProperty("businessName").GetString());
        Assert.Equal(["vegetables"], farmPitch.GetProperty("trader").GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["cheese"], pitches[on.PitchOf["Meadow Dairy"]].GetProperty("trader").GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var offeredOnly = pitches[on.PitchOf["Hive Honey"]];
        Assert.False(offeredOnly.GetProperty("free").GetBoolean());
        Assert.Equal(JsonValueKind.Null, offeredOnly.GetProperty("trader").ValueKind);

        var service = day.GetProperty("services").EnumerateArray().Single();
        Assert.Equal(AdviceCentre, service.GetProperty("organisationName").GetString());
        Assert.Equal("Seminar room", service.GetProperty("spaceName").GetString());
        Assert.Equal(AdviceDescription, service.GetProperty("publicDescription").GetString());
        Assert.Equal("2026-12-05T10:00", service.GetProperty("hours").GetProperty("start").GetString());

        Assert.DoesNotContain("@", text);
        Assert.DoesNotContain("Hive Honey", text);
        Assert.All(on.SellerIds, id => Assert.DoesNotContain(id, text));
        Assert.DoesNotContain(on.OrganisationId, text);
        Assert.DoesNotContain("B29 6JD", text);
        Assert.DoesNotContain("1098765", text);
        Assert.DoesNotContain("FBR-", text);
    }

    [Fact]
    public async Task What_is_on_defaults_to_the_next_fortnight_and_leaves_out_cancelled_market_days_and_closed_spaces()
    {
        var on = await SaturdayWithTradersAndAdvice();
        var anyone = api.Anonymous();

        var fortnight = await ApiClient.Expect(HttpStatusCode.OK, await anyone.Get($"/api/sites/{on.Market.SiteId}/whats-on"));
        var days = fortnight.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(("2026-11-23", "2026-12-06"), (fortnight.GetProperty("from").GetString(), fortnight.GetProperty("to").GetString()));
        Assert.Equal(14, days.Count);
        Assert.Equal(["2026-11-28", "2026-12-05"], days.Where(d => d.GetProperty("markets").GetArrayLength() > 0).Select(d => d.GetProperty("date").GetString()));
        var unallocated = days.Single(d => d.GetProperty("date").GetString() == "2026-11-28").GetProperty("markets")[0];
        Assert.Empty(unallocated.GetProperty("sellers").EnumerateArray());
        Assert.All(unallocated.GetProperty("pitches").EnumerateArray(), p => Assert.True(p.GetProperty("free").GetBoolean()));

        var closedForChristmas = JsonSerializer.SerializeToNode(TestEstate.Room(), JsonSerializerOptions.Web)!;
        closedForChristmas["closures"] = new JsonArray(new JsonObject { ["from"] = "2026-12-24", ["to"] = "2026-12-28", ["reason"] = "Christmas" });
        await ApiClient.Expect(HttpStatusCode.OK, await on.Market.Manager.Put($"/api/sites/{on.Market.SiteId}/spaces/charity-hub", closedForChristmas));
        var christmas = await ApiClient.Expect(HttpStatusCode.OK, await anyone.Get($"/api/sites/{on.Market.SiteId}/whats-on?from=2026-12-19&to=2026-12-26"));
        var byDate = christmas.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!);
        Assert.Equal(1, byDate["2026-12-19"].GetProperty("markets").GetArrayLength());
        Assert.Equal(1, byDate["2026-12-19"].GetProperty("services").GetArrayLength());
        Assert.Equal(0, byDate["2026-12-26"].GetProperty("markets").GetArrayLength());
        Assert.Equal(0, byDate["2026-12-26"].GetProperty("services").GetArrayLength());
    }

    [Fact]
    public async Task The_calendar_feed_is_served_to_anyone_parses_with_Ical_Net_and_keeps_its_UIDs()
    {
        var on = await SaturdayWithTradersAndAdvice();
        var anyone = api.Anonymous();
        var path = $"/api/sites/{on.Market.SiteId}/calendar.ics";

        var response = await anyone.Get(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Europe/London");
        Assert.Contains("General Hospital", calendar.Properties["X-WR-CALNAME"]!.Value!.ToString());
        var events = calendar.Events.ToDictionary(e => e.Uid!);
        var market = events[$"{on.Market.SiteId}/markets/saturday/{TestMarket.Day}@estatecommons"];
        Assert.Equal("Saturday Farmers' Market", market.Summary);
        Assert.Equal("Europe/London", market.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 5, 9, 0, 0), market.DtStart.Value);
        Assert.Equal(new DateTime(2026, 12, 5, 14, 0, 0), market.DtEnd!.Value);
        Assert.Contains("Car park B", market.Location);
        Assert.Contains("Orchard Farm (vegetables)", market.Description);
        Assert.Contains("Meadow Dairy (cheese)", market.Description);
        Assert.DoesNotContain("Hive Honey", market.Description);
        Assert.DoesNotContain(events.Keys, uid => uid.Contains("/2026-12-26@"));

        // After the clocks go forward, 10:00 in London is 09:00 UTC.
        var springAdvice = events[$"{on.Market.SiteId}/spaces/charity-hub/licences/advice-saturdays/2027-04-03T1000@estatecommons"];
        Assert.Equal(AdviceCentre, springAdvice.Summary);
        Assert.Equal(AdviceDescription, springAdvice.Description);
        Assert.Equal(new DateTime(2027, 4, 3, 10, 0, 0), springAdvice.DtStart!.Value);
        Assert.Equal(new DateTime(2027, 4, 3, 9, 0, 0, DateTimeKind.Utc), springAdvice.DtStart.AsUtc);

        Assert.All(on.SellerIds, id => Assert.DoesNotContain(id, text));
        Assert.DoesNotContain("@sellers.example", text);
        Assert.DoesNotContain("@charity.example", text);
        Assert.DoesNotContain("1098765", text);

        api.Clock.Advance(Duration.FromMinutes(5));
        var again = Ical.Net.Calendar.Load(await (await anyone.Get(path)).Content.ReadAsStringAsync())!;
        Assert.Equal(events.Keys.Order(), again.Events.Select(e => e.Uid!).Order());
    }

    [Fact]
    public async Task Unknown_sites_and_bad_dates_get_problem_details()
    {
        var market = await TestMarket.Create(api, pitches: 1);
        var anyone = api.Anonymous();
        const string notFound = "urn:estatecommons:problem:not-found";
        const string invalid = "urn:estatecommons:problem:validation";

        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, notFound, await anyone.Get("/api/sites/no-such-site/whats-on"));
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, notFound, await anyone.Get("/api/sites/no-such-site/calendar.ics"));
        var whatsOn = $"/api/sites/{market.SiteId}/whats-on";
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, invalid, await anyone.Get($"{whatsOn}?from=05-12-2026"));
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, invalid, await anyone.Get($"{whatsOn}?from=2026-12-05&to=2026-12-04"));
        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, invalid, await anyone.Get($"{whatsOn}?from=2026-12-01&to=2027-02-01"));
    }

    private sealed record SaturdayOn(TestMarket Market, IReadOnlyDictionary<string, string> PitchOf, IReadOnlyList<string> SellerIds, string OrganisationId);

    /// <summary>
    /// The test market with three sellers allocated a pitch each on its Saturday, two of whom accept (the third's offer
    /// stands), and an advice charity licensed on Saturday mornings in a room on the same site.
    /// </summary>
    private async Task<SaturdayOn> SaturdayWithTradersAndAdvice()
    {
        var market = await TestMarket.Create(api, pitches: 3, powered: 1);
        var (sellers, allocation) = await market.Allocated(("Orchard Farm", "vegetables", "P1"), ("Meadow Dairy", "cheese", "P2"), ("Hive Honey", "honey", "P3"));
        var pitchOfSeller = allocation.GetProperty("allocated").EnumerateArray()
            .ToDictionary(a => a.GetProperty("sellerId").GetString()!, a => a.GetProperty("pitchIds")[0].GetString()!);
        await market.Accept(sellers["Orchard Farm"]);
        await market.Accept(sellers["Meadow Dairy"]);

        var charity = await TestEstate.Register(api, $"adviser-{Guid.NewGuid():N}@charity.example");
        var organisation = await ApiClient.Expect(HttpStatusCode.Created, await charity.Post("/api/organisations",
            new { name = AdviceCentre, kind = "RegisteredCharity", charityNumber = "1098765" }));
        var organisationId = organisation.GetProperty("id").GetString()!;
        await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Put($"/api/sites/{market.SiteId}/spaces/charity-hub", TestEstate.Room()));
        await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Put($"/api/sites/{market.SiteId}/spaces/charity-hub/licences/advice-saturdays", new
        {
            organisationId,
            from = "2026-11-01",
            to = "2027-06-30",
            weekly = new[] { new { day = "saturday", start = "10:00", end = "13:00" } },
            publicDescription = AdviceDescription,
        }));

        return new SaturdayOn(market, sellers.ToDictionary(s => s.Key, s => pitchOfSeller[s.Value.Id]), sellers.Values.Select(s => s.Id).ToList(), organisationId);
    }
}
