namespace EstateCommons.Domain.Markets;

/// <summary>
/// Where one seller stands on a market day: their application, their latest hold on pitches, and if they have none,
/// why not and their place on the waitlist as it stands now; whether they checked in and what takings they reported.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SellerOutcome(
    string SellerId,
    MarketApplication? Application,
    PitchHolding? Holding,
    UnallocatedReason? Reason,
    string? Explanation,
    int? WaitlistPlace,
    bool CheckedIn,
    TakingsReport? Takings);

public sealed partial record MarketDay
{
    public SellerOutcome OutcomeFor(string sellerId)
    {
        var holding = LatestHoldingOf(sellerId);
        var unallocated = holding is null ? Allocation?.Result.Unallocated.FirstOrDefault(u => u.SellerId == sellerId) : null;
        var place = RemainingWaitlist().Select((w, i) => (w.SellerId, Place: i + 1)).FirstOrDefault(w => w.SellerId == sellerId).Place;
        var applicant = Allocation?.Request.Applicants.FirstOrDefault(a => a.SellerId == sellerId);
        return new SellerOutcome(
            sellerId, ApplicationOf(sellerId), holding, unallocated?.Reason,
            unallocated is null ? null : MarketDayApplicants.Explain(unallocated.Reason, applicant),
            place == 0 ? null : place, HasCheckedIn(sellerId), Takings.FirstOrDefault(t => t.SellerId == sellerId));
    }
}
