using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using static EstateCommons.Domain.Tests.Markets.Market;

namespace EstateCommons.Domain.Tests.Markets;

/// <summary>
/// The scenario from the issue: a Saturday food market in the hospital car park with 12 pitches in two rows, only three
/// with power, and 20 sellers with mixed needs, categories and distances.
/// </summary>
public sealed class MarketDayAllocationTests
{
    private static readonly GeoPoint Coventry = new(52.4068, -1.5197);

    private static List<Pitch> TwelvePitches() =>
        Row("A", 6, (i, p) => p with { HasPower = i < 2, HasWater = i is 0 or 2, HotFoodAllowed = i is 0 or 1 or 4 or 5, WidthMetres = i == 5 ? 2.5m : 3m })
            .Concat(Row("B", 6, (i, p) => p with { HasPower = i == 0, HasWater = i is 1 or 2, HotFoodAllowed = i == 0, Covered = i < 3 }))
            .ToList();

    private static AllocationApplicant[] TwentyApplicants() =>
    [
        Applicant("curry-house", power: true, hotFood: true, preferences: ["A1", "A2"], categories: ["hot-food"], misses: 1),
        Applicant("crepe-van", power: true, hotFood: true, preferences: ["A2", "B1"], categories: ["hot-food", "dessert"], location: FarAway),
        Applicant("coffee-cart", power: true, preferences: ["B1", "A1"], categories: ["coffee"], standing: ["B1"]),
        Applicant("smoothies", power: true, water: true, preferences: ["A1"], categories: ["drinks"], misses: 3),
        Applicant("bees-knees-honey", preferences: ["A3", "A4"], categories: ["honey"], location: Coventry),
        Applicant("hive-and-home", preferences: ["A4", "A3"], categories: ["honey", "candles"], misses: 2),
        Applicant("sourdough", pitches: 2, preferences: ["B2", "B3"], categories: ["bread"]),
        Applicant("veg-box", pitches: 2, frontage: 6m, preferences: ["B4", "B5", "B6"], categories: ["vegetables"], misses: 1),
        Applicant("fishmonger", water: true, preferences: ["B2", "A3"], categories: ["fish"]),
        Applicant("cheese-board", preferences: ["B3", "B4"], categories: ["cheese"], location: FarAway),
        Applicant("pie-stall", hotFood: true, preferences: ["A5", "A6"], categories: ["hot-food"]),
        Applicant("doughnuts", hotFood: true, frontage: 3m, preferences: ["A6", "A5"], categories: ["dessert"]),
        Applicant("flower-barrow", preferences: ["A4"], categories: ["flowers"], uninsured: true),
        Applicant("olive-oils", preferences: ["B5"], categories: ["deli"], insuredUntil: Day.PlusDays(-1)),
        Applicant("spice-merchant", preferences: ["B6"], categories: ["deli"], location: Coventry),
        Applicant("kombucha", water: true, power: true, preferences: ["A1"], categories: ["drinks"]),
        Applicant("bakery-two", preferences: ["B2"], categories: ["bread", "cakes"]),
        Applicant("jam-jar", preferences: ["A3"], categories: ["preserves", "honey"], misses: 1),
        Applicant("roast-hog", pitches: 3, power: true, hotFood: true, categories: ["hot-food"]),
        Applicant("plant-pots", pitches: 2, preferences: ["B5", "B6"], categories: ["plants"], location: FarAway),
    ];

    private static AllocationRequest Scenario(int seed = 2027) =>
        Request(TwelvePitches(), TwentyApplicants(), [new CategoryCap("honey", 1), new CategoryCap("hot-food", 2)], seed: seed);

    [Fact]
    public void Twelve_pitches_and_twenty_applicants_are_shared_out_within_every_rule()
    {
        var request = Scenario();
        var result = PitchAllocator.Allocate(request);

        AllocationChecks.AssertRespectsEveryHardConstraint(request, result);
        Assert.True(result.ProvedOptimal);
        Assert.Equal(2027, result.Seed);
        Assert.Equal(20, result.Allocated.Count + result.Unallocated.Count);
        Assert.NotEmpty(result.Allocated);
    }

    [Fact]
    public void On_the_scenario_reduced_to_row_A_and_eight_applicants_the_result_equals_the_brute_force_optimum()
    {
        var rowA = TwelvePitches().Take(6).ToList();
        var inRowA = rowA.Select(p => p.Id).ToHashSet();
        var applicants = TwentyApplicants()
            .Where(a => a.AdjacentPitchesWanted <= 2)
            .Select(a => a with { RankedPitchPreferences = a.RankedPitchPreferences.Where(inRowA.Contains).ToList(), StandingPitchIds = a.StandingPitchIds.Where(inRowA.Contains).ToList() })
            .Take(8)
            .ToList();
        var request = Request(rowA, applicants, [new CategoryCap("honey", 1), new CategoryCap("hot-food", 2)], seed: 2027);

        var result = PitchAllocator.Allocate(request);

        AllocationChecks.AssertRespectsEveryHardConstraint(request, result);
        Assert.True(result.ProvedOptimal);
        Assert.Equal(AllocationChecks.BruteForceOptimum(request, result.Seed), result.Objective);
    }

    [Fact]
    public void Sellers_who_need_power_trade_only_from_the_three_pitches_that_have_it()
    {
        var request = Scenario();
        var result = PitchAllocator.Allocate(request);
        var powered = request.Layout.Pitches.Where(p => p.HasPower).Select(p => p.Id).ToHashSet();
        var needsPower = request.Applicants.Where(a => a.NeedsPower).Select(a => a.SellerId).ToHashSet();

        Assert.Equal(3, powered.Count);
        var poweredSellers = result.Allocated.Where(a => needsPower.Contains(a.SellerId)).ToList();
        Assert.NotEmpty(poweredSellers);
        Assert.All(poweredSellers, a => Assert.Subset(powered, a.PitchIds.ToHashSet()));
        Assert.All(result.Unallocated.Where(u => needsPower.Contains(u.SellerId)),
            u => Assert.Contains(u.Reason, new[] { UnallocatedReason.Outranked, UnallocatedReason.CategoryFull, UnallocatedReason.NoCompatiblePitch }));
    }

    [Fact]
    public void Every_applicant_without_a_pitch_is_told_why()
    {
        var result = PitchAllocator.Allocate(Scenario());
        UnallocatedReason Reason(string seller) => result.Unallocated.Single(u => u.SellerId == seller).Reason;

        Assert.Equal(UnallocatedReason.ComplianceLapsed, Reason("flower-barrow"));
        Assert.Equal(UnallocatedReason.ComplianceLapsed, Reason("olive-oils"));
        Assert.Equal(UnallocatedReason.NoCompatiblePitch, Reason("roast-hog"));
        var honeySellers = new[] { "bees-knees-honey", "hive-and-home", "jam-jar" };
        Assert.Single(result.Allocated, a => honeySellers.Contains(a.SellerId));
        Assert.All(result.Unallocated.Where(u => honeySellers.Contains(u.SellerId)), u => Assert.Equal(UnallocatedReason.CategoryFull, u.Reason));
        Assert.Null(result.Unallocated.Single(u => u.SellerId == "flower-barrow").WaitlistPlace);
        Assert.All(result.Unallocated.Where(u => u.Reason != UnallocatedReason.ComplianceLapsed), u => Assert.NotNull(u.WaitlistPlace));
    }

    [Fact]
    public void A_regular_traders_standing_pitch_is_honoured_even_when_others_rank_it_first()
    {
        var result = PitchAllocator.Allocate(Scenario());

        Assert.Equal(["B1"], result.Allocated.Single(a => a.SellerId == "coffee-cart").PitchIds);
    }

    [Fact]
    public void The_published_objective_is_what_the_shared_score_gives_the_allocation()
    {
        var request = Scenario();
        var result = PitchAllocator.Allocate(request);

        Assert.Equal(AllocationScore.For(request, result.Seed).Of(result.Allocated), result.Objective);
    }
}
