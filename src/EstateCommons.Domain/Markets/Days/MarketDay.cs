using NodaTime;

namespace EstateCommons.Domain.Markets;

/// <summary>
/// Everything that happens to one day of a food market, from applications to takings: who applied, the allocation,
/// each seller's hold on pitches (offered, confirmed, given back, expired, revoked, absent), managers' overrides,
/// check-ins and reported takings. Immutable: every change returns the next day, or this one with the reason it was
/// refused, so a refused request can never leave half a change behind.
/// </summary>
[GenerateSerializer, Immutable]
public sealed partial record MarketDay(
    IReadOnlyList<MarketApplication> Applications,
    MarketAllocation? Allocation,
    IReadOnlyList<PitchHolding> Holdings,
    IReadOnlyList<PitchOverride> Overrides,
    IReadOnlyList<SellerCheckIn> CheckIns,
    IReadOnlyList<TakingsReport> Takings,
    Instant? FeesSettledAt = null)
{
    public const int MostReasonLength = 500;

    public static readonly MarketDay Empty = new([], null, [], [], [], []);

    public bool IsAllocated => Allocation is not null;

    public IEnumerable<MarketApplication> ActiveApplications() => Applications.Where(a => !a.IsWithdrawn);

    public IEnumerable<PitchHolding> LiveHoldings() => Holdings.Where(h => h.IsLive);

    public MarketApplication? ApplicationOf(string sellerId) => Applications.FirstOrDefault(a => a.SellerId == sellerId);

    public PitchHolding? LiveHoldingOf(string sellerId) => Holdings.FirstOrDefault(h => h.IsLive && h.SellerId == sellerId);

    /// <summary>The seller's most recent holding of any status, or null if they were never offered a pitch.</summary>
    public PitchHolding? LatestHoldingOf(string sellerId) => Holdings.LastOrDefault(h => h.SellerId == sellerId);

    public bool HasCheckedIn(string sellerId) => CheckIns.Any(c => c.SellerId == sellerId);

    /// <summary>Pitches no live holding covers, in layout order.</summary>
    public IReadOnlyList<string> FreePitches(PitchLayout layout)
    {
        var held = LiveHoldings().SelectMany(h => h.PitchIds).ToHashSet();
        return layout.Pitches.Select(p => p.Id).Where(id => !held.Contains(id)).ToList();
    }

    /// <summary>
    /// Applies for the day, or replaces the seller's earlier application (keeping its place in the order), while
    /// applications are open and before allocation.
    /// </summary>
    public MarketDayChange Apply(MarketApplication application, PitchLayout layout, MarketDayTimes times, Instant now)
    {
        if (IsAllocated) return Refuse(MarketDayProblem.WrongState("Pitches for this day have been allocated, so applications are closed."));
        if (now >= times.ApplicationsClose) return Refuse(MarketDayProblem.WrongTime("Applications for this market day have closed."));
        var errors = application.Validate(layout);
        if (errors.Count > 0) return Refuse(MarketDayProblem.Invalid(errors));

        var index = Applications.ToList().FindIndex(a => a.SellerId == application.SellerId);
        var applications = Applications.ToList();
        if (index >= 0) applications[index] = application;
        else applications.Add(application);
        return Accept(this with { Applications = applications });
    }

    /// <summary>
    /// Withdraws the seller: before applications close, the application; once pitches are allocated, their offer or
    /// confirmed pitch (which passes to the waitlist) and their waitlist place. Between the two, nothing can change.
    /// </summary>
    public MarketDayChange Withdraw(string sellerId, PitchLayout layout, MarketDayTimes times, Instant now)
    {
        if (ApplicationOf(sellerId) is not { IsWithdrawn: false } application) return Refuse(MarketDayProblem.NotFound("This seller has no application for the day to withdraw."));
        if (!IsAllocated && now >= times.ApplicationsClose)
        {
            return Refuse(MarketDayProblem.WrongTime("Applications have closed and pitches are being allocated; once they are, you can decline your offer."));
        }
        var day = this with { Applications = Applications.Select(a => a == application ? a with { WithdrawnAt = now } : a).ToList() };
        if (day.LiveHoldingOf(sellerId) is { } holding)
        {
            day = day.End(holding, HoldingStatus.Released, now, "Withdrawn by the seller.").OfferFreedPitches(layout, times, now);
        }
        return Accept(day);
    }

    /// <summary>Records the allocation and offers each allocated seller their pitches, to accept within the offer period.</summary>
    public MarketDayChange RecordAllocation(MarketAllocation allocation, MarketDayTimes times)
    {
        if (IsAllocated) return Refuse(MarketDayProblem.WrongState("Pitches for this day have already been allocated."));
        if (times.HasOpened(allocation.RunAt)) return Refuse(MarketDayProblem.WrongTime("The market has opened; re-let free pitches on the day instead."));
        var respondBy = times.RespondByFor(allocation.RunAt);
        var offers = allocation.Result.Allocated
            .Select(a => new PitchHolding(a.SellerId, a.PitchIds, HoldingStatus.Offered, HoldingSource.Allocation, allocation.RunAt, respondBy))
            .ToList();
        return Accept(this with { Allocation = allocation, Holdings = [.. Holdings, .. offers] });
    }

    /// <summary>
    /// The seller accepts their offer: confirmed, or with <paramref name="paymentId"/> waiting for the fee to be paid
    /// (until the offer would have run out). Accepting again changes nothing.
    /// </summary>
    public MarketDayChange AcceptOffer(string sellerId, Instant now, string? paymentId = null)
    {
        if (LiveHoldingOf(sellerId) is not { } holding)
        {
            return Refuse(LatestHoldingOf(sellerId) is { Status: HoldingStatus.Expired }
                ? MarketDayProblem.WrongTime("Your offer ran out before it was accepted (or its fee paid).")
                : MarketDayProblem.NotFound("You have no pitch offer for this day."));
        }
        if (holding.Status != HoldingStatus.Offered) return Accept(this);
        if (now >= holding.RespondBy) return Refuse(MarketDayProblem.WrongTime("Your offer ran out before it was accepted."));
        var accepted = paymentId is null
            ? holding with { Status = HoldingStatus.Confirmed, ChangedAt = now }
            : holding with { Status = HoldingStatus.AwaitingPayment, ChangedAt = now, PaymentId = paymentId };
        return Accept(Replace(holding, accepted));
    }

    /// <summary>The seller turns down their offer (or gives back a confirmed pitch); the pitches pass to the waitlist.</summary>
    public MarketDayChange DeclineOffer(string sellerId, PitchLayout layout, MarketDayTimes times, Instant now)
    {
        if (LiveHoldingOf(sellerId) is not { } holding) return Refuse(MarketDayProblem.NotFound("You have no pitch offer for this day."));
        return Accept(End(holding, HoldingStatus.Released, now, "Declined by the seller.").OfferFreedPitches(layout, times, now));
    }

    /// <summary>Offers not accepted in time lapse, and their pitches pass to the waitlist.</summary>
    public MarketDay ExpireOffers(PitchLayout layout, MarketDayTimes times, Instant now)
    {
        var lapsed = Holdings.Where(h => h.Status == HoldingStatus.Offered && now >= h.RespondBy).ToList();
        if (lapsed.Count == 0) return this;
        var day = lapsed.Aggregate(this, (d, h) => d.End(h, HoldingStatus.Expired, now, "Not accepted in time."));
        return day.OfferFreedPitches(layout, times, now);
    }

    /// <summary>
    /// When something is next due: applications closing (while there is anything to allocate before the market opens),
    /// the earliest offer running out, or the day's fees falling due. Null when nothing will fall due.
    /// </summary>
    public Instant? NextDeadline(MarketDayTimes times, Instant now)
    {
        if (!IsAllocated) return ActiveApplications().Any() && !times.HasOpened(now) ? times.ApplicationsClose : null;
        var due = Holdings.Where(h => h.Status == HoldingStatus.Offered).Select(h => h.RespondBy).ToList();
        if (FeesSettledAt is null && Traders().Any()) due.Add(times.FeesDueAt);
        return due.Count == 0 ? null : due.Min();
    }

    private MarketDay End(PitchHolding holding, HoldingStatus status, Instant now, string note) =>
        Replace(holding, holding with { Status = status, ChangedAt = now, Note = note });

    private MarketDay Replace(PitchHolding old, PitchHolding replacement) =>
        this with { Holdings = Holdings.Select(h => ReferenceEquals(h, old) ? replacement : h).ToList() };

    private MarketDayChange Accept(MarketDay day) => new(day, null);

    private MarketDayChange Refuse(MarketDayProblem problem) => new(this, problem);
}
