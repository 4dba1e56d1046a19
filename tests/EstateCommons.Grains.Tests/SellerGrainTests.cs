using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;
using EstateCommons.GrainInterfaces.Sellers;

namespace EstateCommons.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SellerGrainTests(TwoSiloCluster cluster)
{
    private static readonly SellerProfile Honey = new(
        "Hollow Lane Honey", SellerBusinessType.SoleTrader, "B15 2TT", new GeoPoint(52.45, -1.93), ["honey", "preserves"],
        new SellerNeeds(Power: false, Water: true, CooksHotFood: false), "Raw honey from hives on the Lickey Hills.",
        new SellerCompliance(
            new FoodBusinessRegistration("Birmingham City Council", "FBR-2026-0147"), 5,
            new PublicLiabilityInsurance("Market Traders Mutual", Money.Gbp(500_000_000), new LocalDate(2027, 11, 30))));

    private static readonly MarketDayRef FridayMarket = new("site-a", "friday-market", new LocalDate(2027, 1, 8));

    [Fact]
    public async Task A_seller_comes_back_whole_after_its_grain_is_deactivated()
    {
        var seller = await NewSeller();
        await seller.AddMember("partner@farm.example");
        await seller.AddDocument(new SellerDocument(new string('a', 32), SellerDocumentKind.InsuranceCertificate, "cover.pdf", "application/pdf", 2000, Instant.FromUtc(2026, 11, 23, 9, 0)));
        await seller.RecordApplication(FridayMarket, "trust-a");
        var before = (await seller.Get())!;

        await cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var after = (await cluster.Client.GetGrain<ISellerGrain>(seller.GetPrimaryKeyString()).Get())!;
        Assert.Equal(before.Profile with { Categories = after.Profile.Categories }, after.Profile);
        Assert.Equal(before.Profile.Categories, after.Profile.Categories);
        Assert.Equal(["owner@farm.example", "partner@farm.example"], after.Members);
        Assert.Equal(before.Documents, after.Documents);
        Assert.Equal([FridayMarket], after.MarketDays);
        Assert.Equal(["trust-a"], after.Trusts);
    }

    [Fact]
    public async Task Recording_an_application_writes_only_when_it_learns_a_new_market_day_or_trust()
    {
        var seller = await NewSeller();
        await seller.RecordApplication(FridayMarket, "trust-a");
        var record = SellerRecord(seller.GetPrimaryKeyString());
        var written = File.GetLastWriteTimeUtc(record);

        await seller.RecordApplication(FridayMarket, "trust-a");
        var afterRepeat = File.GetLastWriteTimeUtc(record);
        await seller.RecordApplication(FridayMarket with { Date = new LocalDate(2027, 1, 15) }, "trust-a");

        Assert.Equal(written, afterRepeat);
        Assert.NotEqual(written, File.GetLastWriteTimeUtc(record));
        var snapshot = (await seller.Get())!;
        Assert.Equal([FridayMarket, FridayMarket with { Date = new LocalDate(2027, 1, 15) }], snapshot.MarketDays);
        Assert.Equal(["trust-a"], snapshot.Trusts);
    }

    [Fact]
    public async Task An_invalid_update_is_refused_with_its_field_errors_and_changes_nothing()
    {
        var seller = await NewSeller();

        var errors = await seller.Update(Honey with { Postcode = "nowhere", Categories = [] });

        Assert.Equal(["postcode", "categories"], errors.Select(e => e.Field));
        Assert.Equal("B15 2TT", (await seller.Get())!.Profile.Postcode);
    }

    private async Task<ISellerGrain> NewSeller()
    {
        var seller = cluster.Client.GetGrain<ISellerGrain>("sel-" + Guid.NewGuid().ToString("N")[..10]);
        Assert.True(await seller.Create(Honey, "owner@farm.example"));
        Assert.False(await seller.Create(Honey with { BusinessName = "Second try" }, "someone@else.example"));
        return seller;
    }

    private string SellerRecord(string sellerId) =>
        Directory.EnumerateFiles(Path.Combine(cluster.DataPath, "seller"), "seller.json", SearchOption.AllDirectories)
            .Single(f => Path.GetFileName(Path.GetDirectoryName(f)!).Contains(sellerId, StringComparison.Ordinal));
}
