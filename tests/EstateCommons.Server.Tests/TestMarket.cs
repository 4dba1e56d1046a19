namespace EstateCommons.Server.Tests;

/// <summary>
/// A trust, manager and site made through the API (as <see cref="TestEstate"/> does), with a Saturday food market of
/// pitches in one row: the first <c>powered</c> pitches have power. Saturday 2026-12-05 trades 09:00–14:00 (GMT) and
/// applications close 48 hours before opening.
/// </summary>
public sealed record TestMarket(EstateApi Api, string SiteId, string MarketId, ApiClient Manager)
{
    public const string Day = "2026-12-05";
    public static readonly Instant BeforeClose = Instant.FromUtc(2026, 11, 23, 9, 0);
    public static readonly Instant ApplicationsClose = Instant.FromUtc(2026, 12, 3, 9, 0);
    public static readonly Instant Opening = Instant.FromUtc(2026, 12, 5, 9, 0);
    public static readonly Instant Closing = Instant.FromUtc(2026, 12, 5, 14, 0);

    public string DayPath => $"/api/sites/{SiteId}/markets/{MarketId}/days/{Day}";

    public static async Task<TestMarket> Create(EstateApi api, int pitches = 3, int powered = 1, object? fee = null, object[]? caps = null)
    {
        api.Clock.Reset(BeforeClose);
        var (_, siteId, manager, _) = await TestEstate.TrustWithSite(api, Guid.NewGuid().ToString("N")[..8]);

        var market = new TestMarket(api, siteId, "saturday", manager);
        await ApiClient.Expect(HttpStatusCode.OK, await manager.Put($"/api/sites/{siteId}/markets/saturday", Definition(pitches, powered, fee, caps)));
        return market;
    }

    public static object Definition(int pitches, int powered, object? fee = null, object[]? caps = null) => new
    {
        name = "Saturday Farmers' Market",
        location = "Car park B, by the main entrance",
        publicDescription = "Fruit, veg, bread and honey from farms round Northfield.",
        schedule = new { weekdays = new[] { "saturday" }, opens = "09:00", closes = "14:00", firstDate = "2026-11-28", lastDate = "2027-03-27", cancelledDates = new[] { "2026-12-26" } },
        pitches = Enumerable.Range(1, pitches).Select(i => new
        {
            id = $"P{i}",
            widthMetres = 3.0,
            depthMetres = 3.0,
            power = i <= powered,
            covered = true,
            adjacent = new[] { i - 1, i + 1 }.Where(n => n >= 1 && n <= pitches).Select(n => $"P{n}").ToArray(),
        }).ToArray(),
        caps = caps ?? [new { category = "honey", maximum = 1 }],
        fee = fee ?? new { kind = "flat", perPitchPence = 2500, concessions = new Dictionary<string, int> { ["Vcse"] = 100 } },
        applicationsCloseHoursBefore = 48,
        offerHours = 24,
    };

    /// <summary>A new account acting for a new seller; insured until <paramref name="insuredUntil"/>.</summary>
    public async Task<(ApiClient Client, string SellerId)> Seller(string name, string insuredUntil = "2027-12-31", string category = "vegetables",
        bool power = false, string businessType = "Micro", double latitude = 52.45, double longitude = -1.93)
    {
        var client = await TestEstate.Register(Api, $"{name.ToLowerInvariant().Replace(' ', '-')}-{Guid.NewGuid():N}@sellers.example");
        var created = await ApiClient.Expect(HttpStatusCode.Created, await client.Post("/api/sellers", new
        {
            businessName = name,
            businessType,
            postcode = "B29 6JD",
            latitude,
            longitude,
            categories = new[] { category },
            needs = new { power },
            publicDescription = $"{name}: fresh from the farm.",
            compliance = new
            {
                registration = new { council = "Birmingham City Council", reference = $"FBR-{name}" },
                hygieneRating = 5,
                insurance = new { insurer = "Farmers Mutual", coverPence = 500_000_000L, expires = insuredUntil },
            },
        }));
        return (client, created.GetProperty("id").GetString()!);
    }

    public Task<HttpResponseMessage> Apply(ApiClient seller, string sellerId, string[] preferences, string category = "vegetables") =>
        seller.Post($"{DayPath}/applications", new { sellerId, pitchPreferences = preferences, adjacentPitches = 1, categories = new[] { category } });

    /// <summary>Sellers who each apply for one pitch, then the manager's allocation (seed 7). Returns each seller by name, and the allocation.</summary>
    public async Task<(IReadOnlyDictionary<string, (ApiClient Client, string Id)> Sellers, JsonElement Allocation)> Allocated(params (string Name, string Category, string Pitch)[] applicants)
    {
        var sellers = new Dictionary<string, (ApiClient Client, string Id)>();
        foreach (var (name, category, pitch) in applicants)
        {
            var seller = await Seller(name, category: category);
            await ApiClient.Expect(HttpStatusCode.Created, await Apply(seller.Client, seller.SellerId, [pitch], category));
            sellers[name] = seller;
        }
        var allocation = await ApiClient.Expect(HttpStatusCode.OK, await Manager.Post($"{DayPath}/allocation", new { seed = 7 }));
        return (sellers, allocation);
    }

    public async Task Accept((ApiClient Client, string Id) seller) =>
        await ApiClient.Expect(HttpStatusCode.OK, await seller.Client.Post($"{DayPath}/offers/{seller.Id}/accept", new { }));

    public async Task<JsonElement> Outcome(ApiClient client, string sellerId) =>
        await ApiClient.Expect(HttpStatusCode.OK, await client.Get($"{DayPath}/sellers/{sellerId}"));

    /// <summary>
    /// Three new sellers (a fruit farm, a dairy and a bakery, none competing on category) who apply for any pitch, are
    /// allocated one each and accept: a market day with three traders.
    /// </summary>
    public async Task<IReadOnlyList<(ApiClient Client, string Id)>> ThreeTraders()
    {
        var sellers = new List<(ApiClient Client, string Id)>();
        foreach (var (name, category) in new[] { ("Orchard Farm", "fruit"), ("Meadow Dairy", "cheese"), ("Corner Bakery", "bread") })
        {
            var seller = await Seller(name, category: category);
            await ApiClient.Expect(HttpStatusCode.Created, await Apply(seller.Client, seller.SellerId, [], category));
            sellers.Add(seller);
        }
        await ApiClient.Expect(HttpStatusCode.OK, await Manager.Post($"{DayPath}/allocation", new { }));
        foreach (var (client, id) in sellers) await ApiClient.Expect(HttpStatusCode.OK, await client.Post($"{DayPath}/offers/{id}/accept", new { }));
        return sellers;
    }
}
