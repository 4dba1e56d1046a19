using EstateCommons.Domain.Markets;
using static EstateCommons.Domain.Tests.Markets.Market;

namespace EstateCommons.Domain.Tests.Markets;

public sealed class WithdrawalTests
{
    // P1 has power and water, P2 power only; they stand side by side.
    private static readonly Pitch[] Pitches = [Pitch("P1", power: true, water: true, adjacent: "P2"), Pitch("P2", power: true, adjacent: "P1")];

    private static AllocationRequest Day() => Request(Pitches,
    [
        Applicant("smoothies", power: true, water: true, misses: 5),
        Applicant("coffee", power: true, misses: 5),
        Applicant("double-van", power: true, pitches: 2, misses: 4),
        Applicant("juice-bar", power: true, water: true, misses: 1),
    ],
    weights: new AllocationWeights(PreferenceRank: 0, Locality: 0, Rotation: 10));

    [Fact]
    public void When_a_seller_withdraws_the_first_waitlisted_seller_who_fits_the_freed_pitch_is_offered_it()
    {
        var request = Day();
        var result = PitchAllocator.Allocate(request);
        Assert.Equal(["double-van", "juice-bar"], result.Waitlist.Select(u => u.SellerId));

        var next = PitchAllocator.NextFromWaitlist(request, result, ["P1"]);

        Assert.NotNull(next);
        Assert.Equal(("juice-bar", "P1"), (next.SellerId, Assert.Single(next.PitchIds)));
    }

    [Fact]
    public void Nobody_is_offered_a_freed_pitch_that_lacks_what_every_waitlisted_seller_needs()
    {
        var request = Day();
        var result = PitchAllocator.Allocate(request);

        Assert.Null(PitchAllocator.NextFromWaitlist(request, result, ["P2"]));
    }

    [Fact]
    public void A_withdrawal_frees_the_withdrawn_sellers_category_place_for_the_next_seller_of_that_category()
    {
        var request = Request(Row("P", 3),
        [
            Applicant("bees-knees", categories: ["honey"], misses: 2),
            Applicant("hive-and-home", categories: ["honey"], misses: 1),
            Applicant("sourdough", categories: ["bread"]),
        ],
        caps: [new CategoryCap("honey", 1)]);
        var result = PitchAllocator.Allocate(request);
        var beesKnees = result.Allocated.Single(a => a.SellerId == "bees-knees");

        var next = PitchAllocator.NextFromWaitlist(request, result, beesKnees.PitchIds);

        Assert.Equal("hive-and-home", next?.SellerId);
    }
}
