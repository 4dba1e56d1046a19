using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.GrainInterfaces.Sellers;

namespace EstateCommons.Grains.Tests;

/// <summary>Test markets and sellers under fresh ids: a one-day market whose applications close at a chosen instant.</summary>
public static class Markets
{
    public static readonly GeoPoint Hospital = new(52.4862, -1.8904);

    /// <summary>A market trading once, opening 24 hours after <paramref name="applicationsClose"/>, with <paramref name="pitches"/> pitches in a row.</summary>
    public static async Task<MarketDayRef> NewMarketDay(IGrainFactory grains, Instant applicationsClose, int pitches = 2, PitchFee? fee = null)
    {
        var opening = (applicationsClose + Duration.FromHours(24)).InZone(Estate.London);
        var definition = new MarketDefinition(
            "Farmers' market", "Main entrance", "",
            new MarketSchedule([opening.DayOfWeek], new LocalWindow(opening.TimeOfDay, opening.TimeOfDay.PlusHours(4)), opening.Date, opening.Date, []),
            new PitchLayout(Enumerable.Range(1, pitches).Select(i => new Pitch($"P{i}", 3m, 3m, false, false, false, false,
                new[] { i - 1, i + 1 }.Where(n => n >= 1 && n <= pitches).Select(n => $"P{n}").ToList())).ToList()),
            [], fee ?? new PitchFee.Flat(Money.Gbp(2500), FeeConcessions.None), 24, 12, AllocationWeights.Default, []);
        var market = new MarketRef("site-" + Guid.NewGuid().ToString("N")[..8], "farmers");
        await grains.GetGrain<IMarketGrain>(market.Key).Define(definition, new MarketSite("trust-a", "General Hospital", "Europe/London", Hospital));
        return market.On(opening.Date);
    }

    public static async Task<string> NewSeller(IGrainFactory grains, LocalDate insuredUntil)
    {
        var id = "sel-" + Guid.NewGuid().ToString("N")[..10];
        var profile = new SellerProfile("Orchard Farm", SellerBusinessType.Micro, "B15 2TT", new GeoPoint(52.45, -1.93), ["fruit"],
            new SellerNeeds(false, false, false), "Apples and pears.",
            new SellerCompliance(new FoodBusinessRegistration("Birmingham City Council", "FBR-42"), 5,
                new PublicLiabilityInsurance("Hiscox", Money.Gbp(500_000_000), insuredUntil)));
        Assert.True(await grains.GetGrain<ISellerGrain>(id).Create(profile, $"{id}@sellers.example"));
        return id;
    }

    public static MarketApplication Application(string sellerId, params string[] preferences) =>
        new(sellerId, preferences, 1, null, ["fruit"], $"{sellerId}@sellers.example", default);
}
