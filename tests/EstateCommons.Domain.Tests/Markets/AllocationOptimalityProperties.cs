using EstateCommons.Domain.Markets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static EstateCommons.Domain.Tests.Markets.Market;

namespace EstateCommons.Domain.Tests.Markets;

/// <summary>
/// The allocator is optimal, not merely good: on instances small enough to try every feasible assignment, its objective
/// equals the best one found by brute force with the same <see cref="AllocationScore"/>, and on busier ones it equals the
/// optimum of the plain one-choice-per-group model that its pooled model condenses.
/// </summary>
public sealed class AllocationOptimalityProperties
{
    [Fact]
    public void Five_pitches_and_seven_applicants_are_allocated_as_well_as_exhaustive_search_can()
    {
        var pitches = new[]
        {
            Pitch("P1", power: true, hotFood: true, adjacent: ["P2"]),
            Pitch("P2", water: true, adjacent: ["P1", "P3"]),
            Pitch("P3", power: true, width: 2m, adjacent: ["P2", "P4"]),
            Pitch("P4", hotFood: true, adjacent: ["P3", "P5"]),
            Pitch("P5", water: true, adjacent: ["P4"]),
        };
        var request = Request(pitches,
        [
            Applicant("curry", power: true, hotFood: true, preferences: ["P1"], categories: ["hot-food"]),
            Applicant("burgers", hotFood: true, pitches: 2, preferences: ["P4", "P1"], categories: ["hot-food"], misses: 1),
            Applicant("honey-a", preferences: ["P3", "P2"], categories: ["honey"], location: FarAway),
            Applicant("honey-b", pitches: 2, frontage: 5m, preferences: ["P2", "P3"], categories: ["honey", "candles"], misses: 2),
            Applicant("fish", water: true, preferences: ["P5", "P2"], categories: ["fish"]),
            Applicant("coffee", power: true, preferences: ["P3", "P1"], categories: ["coffee"], misses: 1),
            Applicant("bread", pitches: 2, preferences: ["P5", "P4"], categories: ["bread"]),
        ],
        caps: [new CategoryCap("honey", 1), new CategoryCap("hot-food", 1)]);

        var result = PitchAllocator.Allocate(request);

        AllocationChecks.AssertRespectsEveryHardConstraint(request, result);
        Assert.True(result.ProvedOptimal);
        Assert.Equal(AllocationChecks.BruteForceOptimum(request, result.Seed), result.Objective);
    }

    private static Gen<AllocationRequest> SmallMarkets =>
        from pitchCount in Gen.Choose(1, 5)
        from services in Gen.ArrayOf(Gen.Choose(0, 7), pitchCount)
        from links in Gen.ArrayOf(Gen.Elements(true, false), pitchCount * pitchCount)
        from applicantCount in Gen.Choose(1, 6)
        from needs in Gen.ArrayOf(Gen.Choose(0, 7), applicantCount)
        from sizes in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Constant(2))), applicantCount)
        from categories in Gen.ArrayOf(Gen.Elements("honey", "bread", "hot-food", "cheese"), applicantCount)
        from misses in Gen.ArrayOf(Gen.Choose(0, 3), applicantCount)
        from local in Gen.ArrayOf(Gen.Elements(true, false), applicantCount)
        from insured in Gen.ArrayOf(Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false))), applicantCount)
        from preferenceSeeds in Gen.ArrayOf(Gen.Choose(0, 1000), applicantCount)
        from standing in Gen.ArrayOf(Gen.Frequency((5, Gen.Constant(-1)), (1, Gen.Choose(0, 4))), applicantCount)
        from honeyCap in Gen.Choose(0, 2)
        from hotFoodCap in Gen.Choose(0, 2)
        from seed in Gen.Choose(0, 10_000)
        select BuildMarket(pitchCount, services, links, needs, sizes, categories, misses, local, insured, preferenceSeeds, standing, honeyCap, hotFoodCap, seed);

    private static AllocationRequest BuildMarket(
        int pitchCount, int[] services, bool[] links, int[] needs, int[] sizes, string[] categories, int[] misses,
        bool[] local, bool[] insured, int[] preferenceSeeds, int[] standing, int honeyCap, int hotFoodCap, int seed)
    {
        string Id(int i) => $"P{i + 1}";
        bool Linked(int i, int j) => i != j && links[Math.Min(i, j) * pitchCount + Math.Max(i, j)];
        var pitches = Enumerable.Range(0, pitchCount)
            .Select(i => Pitch(Id(i), power: (services[i] & 1) != 0, water: (services[i] & 2) != 0, hotFood: (services[i] & 4) != 0,
                adjacent: Enumerable.Range(0, pitchCount).Where(j => Linked(i, j)).Select(Id).ToArray()))
            .ToList();
        var applicants = Enumerable.Range(0, needs.Length)
            .Select(a => Applicant($"seller-{a}",
                location: local[a] ? Nearby : FarAway,
                power: (needs[a] & 1) != 0 && needs[a] > 4,
                water: (needs[a] & 2) != 0 && needs[a] > 4,
                hotFood: categories[a] == "hot-food",
                preferences: Enumerable.Range(0, pitchCount).OrderBy(i => (i * 7919 + preferenceSeeds[a]) % 13).Take(preferenceSeeds[a] % (pitchCount + 1)).Select(Id).ToArray(),
                pitches: sizes[a],
                categories: [categories[a]],
                uninsured: !insured[a],
                standing: standing[a] >= 0 && standing[a] < pitchCount ? [Id(standing[a])] : [],
                misses: misses[a]))
            .ToList();
        return Request(pitches, applicants, [new CategoryCap("honey", honeyCap), new CategoryCap("hot-food", hotFoodCap)], seed: seed);
    }

    [Property(MaxTest = 150)]
    public Property Allocation_of_any_small_market_matches_the_brute_force_optimum_and_keeps_every_rule() =>
        Prop.ForAll(Arb.From(SmallMarkets), request =>
        {
            var result = PitchAllocator.Allocate(request);

            AllocationChecks.AssertRespectsEveryHardConstraint(request, result);
            Assert.True(result.ProvedOptimal);
            Assert.Equal(AllocationScore.For(request, result.Seed).Of(result.Allocated), result.Objective);
            Assert.Equal(AllocationChecks.BruteForceOptimum(request, result.Seed), result.Objective);
        });

    [Property(MaxTest = 100)]
    public Property Markets_with_groups_of_up_to_three_and_sellers_of_two_categories_match_the_brute_force_optimum() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), marketSeed =>
        {
            var request = RandomMarket(marketSeed, mostPitches: 7, mostApplicants: 7);
            var result = PitchAllocator.Allocate(request);

            AllocationChecks.AssertRespectsEveryHardConstraint(request, result);
            Assert.True(result.ProvedOptimal);
            Assert.Equal(AllocationScore.For(request, result.Seed).Of(result.Allocated), result.Objective);
            Assert.Equal(AllocationChecks.BruteForceOptimum(request, result.Seed), result.Objective);
        });

    [Property(MaxTest = 40)]
    public Property Busier_markets_reach_the_optimum_of_the_plain_model_and_give_the_same_allocation_every_time() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), marketSeed =>
        {
            var request = RandomMarket(marketSeed, mostPitches: 20, mostApplicants: 50);
            var result = PitchAllocator.Allocate(request);

            AllocationChecks.AssertRespectsEveryHardConstraint(request, result);
            Assert.True(result.ProvedOptimal);
            Assert.Equal(AllocationScore.For(request, result.Seed).Of(result.Allocated), result.Objective);
            Assert.Equal(AllocationChecks.PlainModelOptimum(request, result.Seed), result.Objective);
            Assert.Equal(AllocationChecks.Describe(result), AllocationChecks.Describe(PitchAllocator.Allocate(request)));
        });
}
