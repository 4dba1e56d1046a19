using System.Security.Cryptography;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;
using EstateCommons.GrainInterfaces.Accounts;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Server.Auth;

namespace EstateCommons.Server.Bootstrap;

/// <summary>
/// The demo estate's food market: a weekly market at a site with twelve pitches, three local sellers, and their
/// applications for the next two market days whose applications are still open. The first of those days is
/// allocated and accepted, so "what's on" shows traders at once; the second is left for a manager to allocate.
/// </summary>
public sealed class DemoMarket(IGrainFactory grains, PasswordHashing passwords, IClock clock)
{
    public const string MarketId = "thursday-market";
    public const string SellerEmail = "stall@lickeyhoney.example";
    public const string SellerPassword = "demo-seller-1";
    public const string SellerId = "sel-lickey-hills-honey";

    private const int ApplicationsCloseHoursBefore = 48;

    private sealed record DemoSeller(string Id, string OwnerEmail, SellerProfile Profile, IReadOnlyList<string> Pitches, int SideBySide);

    public async Task Seed(Site site, string managerEmail)
    {
        var now = clock.GetCurrentInstant();
        var today = now.InZone(site.TimeZone).Date;
        var market = new MarketRef(site.Id, MarketId);
        var schedule = new MarketSchedule([IsoDayOfWeek.Thursday], new LocalWindow(new LocalTime(10, 0), new LocalTime(15, 0)), today, today.PlusYears(1), []);
        await grains.GetGrain<IMarketGrain>(market.Key).Define(new MarketDefinition(
            "Thursday Food Market", "Main entrance piazza", "Fruit, veg, bread, honey and more from growers and bakers round Northfield, every Thursday.",
            schedule, Layout(), [new CategoryCap("honey", 1), new CategoryCap("hot-food", 2)],
            new PitchFee.Flat(Money.Gbp(2000), new FeeConcessions(new Dictionary<SellerBusinessType, int> { [SellerBusinessType.Vcse] = 50 })),
            ApplicationsCloseHoursBefore, OfferHours: 24, AllocationWeights.Default, []),
            new MarketSite(site.TrustId, site.Name, site.TimeZoneId, site.Location));

        var sellers = Sellers(today);
        foreach (var seller in sellers) await Register(seller);

        var days = schedule.MarketDays(today, today.PlusDays(21))
            .Where(d => schedule.ApplicationsCloseAt(d, site.TimeZone, ApplicationsCloseHoursBefore) > now)
            .Take(2).Select(market.On).ToList();
        foreach (var day in days)
        {
            foreach (var seller in sellers) await Apply(day, seller);
        }
        await AllocateAndAccept(days[0], managerEmail);
    }

    /// <summary>Two rows of six 3 m pitches side by side, the first row covered: in each row the first two have power, the first may cook and the last has water.</summary>
    private static PitchLayout Layout() => new(
        Enumerable.Range(1, 12).Select(i =>
        {
            var row = i <= 6 ? 0 : 6;
            var place = i - row;
            var beside = new[] { place - 1, place + 1 }.Where(n => n is >= 1 and <= 6).Select(n => $"P{n + row}").ToList();
            return new Pitch($"P{i}", 3m, 3m, HasPower: place <= 2, HasWater: place == 6, Covered: row == 0, HotFoodAllowed: place == 1, beside);
        }).ToList());

    private List<DemoSeller> Sellers(LocalDate today)
    {
        SellerCompliance Compliance(string reference) => new(
            new FoodBusinessRegistration("Birmingham City Council", reference), 5,
            new PublicLiabilityInsurance("Market Traders Mutual", Money.Gbp(500_000_000), today.PlusYears(1)));
        return
        [
            new(SellerId, SellerEmail, new SellerProfile("Lickey Hills Honey", SellerBusinessType.SoleTrader, "B45 8ER", new GeoPoint(52.3740, -2.0020),
                ["honey", "preserves"], new SellerNeeds(false, false, false), "Raw honey and hedgerow jams from hives on the Lickey Hills.",
                Compliance("FBR-2026-0147")), ["P3", "P4"], 1),
            new("sel-bournville-bakehouse", "bakers@bournvillebakehouse.example", new SellerProfile("Bournville Bakehouse", SellerBusinessType.Micro, "B30 2LU",
                new GeoPoint(52.4280, -1.9330), ["bread", "cakes"], new SellerNeeds(true, false, false), "Sourdough, rye and traybakes, baked that morning.",
                Compliance("FBR-2025-2210")), ["P1", "P2"], 1),
            new("sel-northfield-growers", "growers@northfieldgrowers.example", new SellerProfile("Northfield Community Growers", SellerBusinessType.Vcse, "B31 2NY",
                new GeoPoint(52.4160, -1.9690), ["vegetables", "fruit"], new SellerNeeds(false, false, false),
                "Seasonal veg grown by volunteers on the old allotments; every sale funds the gardening club.", Compliance("FBR-2024-0981")), ["P11", "P12"], 2),
        ];
    }

    // Every seller belongs to an account, as sellers registered through the API do; only the honey seller's password is handed out.
    private async Task Register(DemoSeller seller)
    {
        var password = seller.Id == SellerId ? SellerPassword : Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await grains.GetGrain<IAccountGrain>(seller.OwnerEmail).Register(seller.Profile.BusinessName, passwords.Hash(seller.OwnerEmail, password), true, false);
        await grains.GetGrain<ISellerGrain>(seller.Id).Create(seller.Profile, seller.OwnerEmail);
        await grains.GetGrain<IAccountGrain>(seller.OwnerEmail).AddSeller(seller.Id);
    }

    private async Task Apply(MarketDayRef day, DemoSeller seller) => Expect(await grains.GetGrain<IMarketDayGrain>(day.Key).Apply(
        new MarketApplication(seller.Id, seller.Pitches, seller.SideBySide, null, seller.Profile.Categories, seller.OwnerEmail, default)));

    private async Task AllocateAndAccept(MarketDayRef day, string managerEmail)
    {
        var marketDay = grains.GetGrain<IMarketDayGrain>(day.Key);
        var allocated = Expect(await marketDay.Allocate(managerEmail, seed: 1));
        foreach (var offer in allocated.Snapshot!.Day.LiveHoldings().ToList()) Expect(await marketDay.AcceptOffer(offer.SellerId));
    }

    private static MarketDayResponse Expect(MarketDayResponse response) =>
        response.Problem is { } problem ? throw new InvalidOperationException($"Seeding the demo market failed: {problem.Message}") : response;
}
