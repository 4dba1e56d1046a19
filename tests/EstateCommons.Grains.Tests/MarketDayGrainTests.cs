using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.GrainInterfaces.Sellers;

namespace EstateCommons.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class MarketDayGrainTests(TwoSiloCluster cluster)
{
    [Fact]
    public async Task Allocation_runs_by_itself_when_applications_close_without_anyone_calling()
    {
        var close = TwoSiloCluster.Clock.GetCurrentInstant() + Duration.FromSeconds(3);
        var day = await Markets.NewMarketDay(cluster.Client, close);
        var seller = await Markets.NewSeller(cluster.Client, day.Date.PlusYears(1));
        var grain = cluster.Client.GetGrain<IMarketDayGrain>(day.Key);
        Assert.True((await grain.Apply(Markets.Application(seller, "P2"))).Succeeded);

        TwoSiloCluster.Clock.Advance(Duration.FromSeconds(5));

        // Read the stored record rather than the grain, which would catch up on its own when called.
        var stored = await StoredRecords.WaitFor(cluster, "marketday", seller, "\"runBy\":\"scheduled\"", TimeSpan.FromSeconds(60));
        Assert.Contains("\"pitchIds\":[\"P2\"]", stored);
        var snapshot = (await grain.Get()).Snapshot!;
        Assert.Equal(HoldingStatus.Offered, snapshot.Day.LiveHoldingOf(seller)!.Status);
        Assert.Equal(MarketAllocation.Scheduled, snapshot.Day.Allocation!.RunBy);
    }

    [Fact]
    public async Task Lapsed_insurance_is_not_allocated_and_the_seller_is_told_why()
    {
        var day = await Markets.NewMarketDay(cluster.Client, TwoSiloCluster.Clock.GetCurrentInstant() + Duration.FromDays(10));
        var insured = await Markets.NewSeller(cluster.Client, day.Date.PlusYears(1));
        var lapsed = await Markets.NewSeller(cluster.Client, day.Date.PlusDays(-1));
        var grain = cluster.Client.GetGrain<IMarketDayGrain>(day.Key);
        await grain.Apply(Markets.Application(insured, "P1"));
        await grain.Apply(Markets.Application(lapsed, "P2"));

        var allocated = await grain.Allocate("manager@trust.example", seed: 11);

        var outcome = allocated.Snapshot!.Day.OutcomeFor(lapsed);
        Assert.Null(outcome.Holding);
        Assert.Equal(UnallocatedReason.ComplianceLapsed, outcome.Reason);
        Assert.Contains($"ran out on {day.Date.PlusDays(-1):yyyy'-'MM'-'dd}", outcome.Explanation);
        Assert.Null(outcome.WaitlistPlace);
        Assert.Equal(["P1"], allocated.Snapshot.Day.LiveHoldingOf(insured)!.PitchIds);
        Assert.Equal(11, allocated.Snapshot.Day.Allocation!.Result.Seed);
        Assert.Contains(day, (await cluster.Client.GetGrain<ISellerGrain>(lapsed).Get())!.MarketDays);
    }

    [Fact]
    public async Task A_market_day_survives_deactivation_whole()
    {
        var day = await Markets.NewMarketDay(cluster.Client, TwoSiloCluster.Clock.GetCurrentInstant() + Duration.FromDays(10), pitches: 3);
        var sellers = new List<string>();
        for (var i = 0; i < 4; i++) sellers.Add(await Markets.NewSeller(cluster.Client, day.Date.PlusYears(1)));
        var grain = cluster.Client.GetGrain<IMarketDayGrain>(day.Key);
        foreach (var seller in sellers) await grain.Apply(Markets.Application(seller, "P1", "P2"));
        var allocated = (await grain.Allocate("manager@trust.example", seed: 5)).Snapshot!.Day;
        var first = allocated.LiveHoldings().First().SellerId;
        var before = (await grain.DeclineOffer(first)).Snapshot!.Day;

        await cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var after = (await cluster.Client.GetGrain<IMarketDayGrain>(day.Key).Get()).Snapshot!.Day;

        Assert.Equal(Json(before), Json(after));
        Assert.Equal(before.RemainingWaitlist(), after.RemainingWaitlist());
        Assert.Equal(3, after.LiveHoldings().Count());
    }

    private static string Json(MarketDay day) => System.Text.Json.JsonSerializer.Serialize(day);
}
