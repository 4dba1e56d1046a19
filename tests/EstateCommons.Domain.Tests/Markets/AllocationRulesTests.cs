using EstateCommons.Domain.Markets;
using static EstateCommons.Domain.Tests.Markets.Market;

namespace EstateCommons.Domain.Tests.Markets;

public sealed class AllocationRulesTests
{
    [Fact]
    public void A_seller_whose_insurance_runs_out_before_market_day_gets_no_pitch_and_is_told_compliance_lapsed()
    {
        var request = Request(Row("P", 3),
        [
            Applicant("lapsed", insuredUntil: Day.PlusDays(-1), misses: 10),
            Applicant("uninsured", uninsured: true, misses: 10),
            Applicant("insured-to-the-day", insuredUntil: Day),
        ]);

        var result = PitchAllocator.Allocate(request);

        Assert.Equal(["insured-to-the-day"], result.Allocated.Select(a => a.SellerId));
        Assert.All(result.Unallocated, u => Assert.Equal(UnallocatedReason.ComplianceLapsed, u.Reason));
        Assert.All(result.Unallocated, u => Assert.Null(u.WaitlistPlace));
    }

    [Fact]
    public void With_honey_capped_at_one_only_one_honey_seller_trades_and_the_other_is_told_the_category_is_full()
    {
        var request = Request(Row("P", 4),
        [
            Applicant("bees-knees", categories: ["honey"], misses: 2),
            Applicant("hive-and-home", categories: ["honey", "candles"]),
            Applicant("sourdough", categories: ["bread"]),
        ],
        caps: [new CategoryCap("honey", 1)]);

        var result = PitchAllocator.Allocate(request);

        Assert.Equal(["bees-knees", "sourdough"], result.Allocated.Select(a => a.SellerId).Order());
        var left = Assert.Single(result.Unallocated);
        Assert.Equal(("hive-and-home", UnallocatedReason.CategoryFull, (int?)1), (left.SellerId, left.Reason, left.WaitlistPlace));
    }

    [Fact]
    public void A_seller_who_needs_power_where_no_pitch_has_it_is_told_no_compatible_pitch()
    {
        var result = PitchAllocator.Allocate(Request(Row("P", 2), [Applicant("coffee", power: true)]));

        Assert.Equal(UnallocatedReason.NoCompatiblePitch, Assert.Single(result.Unallocated).Reason);
    }

    [Fact]
    public void Sellers_left_out_only_because_better_claims_won_are_outranked_and_waitlisted_best_first()
    {
        var request = Request([Pitch("P1")],
        [
            Applicant("occasional"),
            Applicant("missed-twice", misses: 2),
            Applicant("missed-once", misses: 1),
        ]);

        var result = PitchAllocator.Allocate(request);

        Assert.Equal("missed-twice", Assert.Single(result.Allocated).SellerId);
        Assert.Equal(["missed-once", "occasional"], result.Waitlist.Select(u => u.SellerId));
        Assert.All(result.Unallocated, u => Assert.Equal(UnallocatedReason.Outranked, u.Reason));
    }

    [Fact]
    public void Optimal_allocation_beats_giving_the_first_choice_to_whoever_scores_most_for_it()
    {
        // Greedy would give both pitches to the highest-scoring stall and leave the two smaller sellers out.
        var request = Request(Row("P", 2),
        [
            Applicant("big-stall", pitches: 2, misses: 3),
            Applicant("small-one", misses: 2),
            Applicant("small-two", misses: 2),
        ],
        weights: new AllocationWeights(PreferenceRank: 0, Locality: 0, Rotation: 5));

        var result = PitchAllocator.Allocate(request);

        Assert.Equal(["small-one", "small-two"], result.Allocated.Select(a => a.SellerId).Order());
    }

    [Fact]
    public void The_same_seed_gives_the_same_allocation()
    {
        var request = Request(Row("P", 3), Enumerable.Range(1, 6).Select(i => Applicant($"seller-{i}")).ToList(), seed: 7);

        var first = PitchAllocator.Allocate(request);
        var second = PitchAllocator.Allocate(request);

        Assert.Equal(7, first.Seed);
        Assert.Equal(AllocationChecks.Describe(first), AllocationChecks.Describe(second));
    }

    [Fact]
    public void Different_seeds_can_break_ties_between_equal_claims_differently()
    {
        var pitches = new[] { Pitch("P1") };
        var applicants = new[] { Applicant("twin-a"), Applicant("twin-b") };

        var winners = Enumerable.Range(1, 20)
            .Select(seed => Assert.Single(PitchAllocator.Allocate(Request(pitches, applicants, seed: seed)).Allocated).SellerId)
            .ToHashSet();

        Assert.Equal(["twin-a", "twin-b"], winners.Order());
    }

    [Fact]
    public void Every_seller_holds_a_different_lottery_number_and_all_of_them_together_are_worth_less_than_one_point()
    {
        var request = Request(Row("P", 3), Enumerable.Range(1, 50).Select(i => Applicant($"seller-{i}")).ToList());

        var score = AllocationScore.For(request, seed: 7);
        var lottery = Enumerable.Range(0, 50).Select(score.TieBreak).ToList();

        Assert.Equal(Enumerable.Range(0, 50), lottery.Order());
        Assert.True(lottery.Sum() < score.Scale);
        Assert.NotEqual(lottery, Enumerable.Range(0, 50).Select(AllocationScore.For(request, seed: 8).TieBreak));
    }

    [Fact]
    public void A_seller_who_would_be_as_happy_on_any_free_pitch_is_given_the_lowest_numbered_ones()
    {
        var request = Request(Row("P", 6),
        [
            Applicant("wants-p5", preferences: ["P5"]),
            Applicant("no-preference", pitches: 2),
            Applicant("also-no-preference"),
        ]);

        var result = PitchAllocator.Allocate(request);

        Assert.Equal(["P5"], result.Allocated.Single(a => a.SellerId == "wants-p5").PitchIds);
        Assert.Equal(["P1", "P2"], result.Allocated.Single(a => a.SellerId == "no-preference").PitchIds);
        Assert.Equal(["P3"], result.Allocated.Single(a => a.SellerId == "also-no-preference").PitchIds);
    }

    [Fact]
    public void Without_a_seed_the_allocator_picks_one_and_publishes_it_so_the_day_can_be_rerun()
    {
        var request = Request(Row("P", 2), Enumerable.Range(1, 4).Select(i => Applicant($"seller-{i}")).ToList(), seed: null);

        var result = PitchAllocator.Allocate(request);
        var rerun = PitchAllocator.Allocate(request with { Seed = result.Seed });

        Assert.Equal(AllocationChecks.Describe(result), AllocationChecks.Describe(rerun));
    }

    [Fact]
    public void A_layout_whose_adjacency_runs_only_one_way_is_rejected()
    {
        var layout = new PitchLayout([Pitch("P1", adjacent: "P2"), Pitch("P2")]);

        var error = Assert.Single(layout.Validate());
        Assert.Equal("adjacentPitchIds", error.Field);
        Assert.Throws<ArgumentException>(() => PitchAllocator.Allocate(Request(layout.Pitches, [Applicant("any")])));
    }

    [Fact]
    public void London_to_Birmingham_is_about_163_km_as_the_crow_flies()
    {
        var london = new EstateCommons.Domain.Estate.GeoPoint(51.5074, -0.1278);
        var birmingham = new EstateCommons.Domain.Estate.GeoPoint(52.4862, -1.8904);

        Assert.InRange(GreatCircle.DistanceKm(london, birmingham), 162.0, 164.0);
        Assert.Equal(GreatCircle.DistanceKm(london, birmingham), GreatCircle.DistanceKm(birmingham, london), 9);
        Assert.Equal(0.0, GreatCircle.DistanceKm(london, london));
    }
}
