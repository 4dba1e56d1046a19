using NodaTime;

namespace EstateCommons.Domain.Markets;

public sealed partial record MarketDay
{
    /// <summary>
    /// Waitlisted sellers still waiting, in waitlist order: not yet offered anything since the allocation and not withdrawn.
    /// </summary>
    public IReadOnlyList<UnallocatedApplicant> RemainingWaitlist()
    {
        if (Allocation is null) return [];
        var offered = Holdings.Select(h => h.SellerId).ToHashSet();
        return Allocation.Result.Waitlist
            .Where(w => !offered.Contains(w.SellerId) && ApplicationOf(w.SellerId) is { IsWithdrawn: false })
            .ToList();
    }

    /// <summary>
    /// Until the market opens, free pitches are offered down the waitlist: each time to the first waiting seller who fits
    /// a group of them without breaking a category cap, until nobody else fits. On the day itself free pitches are re-let
    /// by hand instead, as sellers cannot answer an offer from a stall.
    /// </summary>
    private MarketDay OfferFreedPitches(PitchLayout layout, MarketDayTimes times, Instant now)
    {
        if (Allocation is null || times.HasOpened(now)) return this;
        var day = this;
        while (true)
        {
            var free = day.FreePitches(layout);
            var waiting = day.RemainingWaitlist();
            if (free.Count == 0 || waiting.Count == 0) return day;
            // The allocator's waitlist rule, applied to the day as it stands now rather than as first allocated.
            var current = Allocation.Result with
            {
                Allocated = day.LiveHoldings().Select(h => new PitchAssignment(h.SellerId, h.PitchIds, 0)).ToList(),
                Unallocated = waiting,
            };
            if (PitchAllocator.NextFromWaitlist(Allocation.Request, current, free) is not { } next) return day;
            day = day with
            {
                Holdings = [.. day.Holdings, new PitchHolding(next.SellerId, next.PitchIds, HoldingStatus.Offered, HoldingSource.Waitlist, now, times.RespondByFor(now))],
            };
        }
    }

    /// <summary>
    /// A manager gives pitches to an applicant (or clears them, with no seller), with a reason that is kept. Whoever held
    /// them loses their hold, as does the applicant's own hold elsewhere; the pitches are confirmed to the applicant
    /// because the manager has agreed it with them. Cleared pitches are not offered on: the manager wants them empty.
    /// </summary>
    public MarketDayChange Override(IReadOnlyList<string> pitchIds, string? sellerId, string reason, string by, PitchLayout layout, MarketDayTimes times, Instant now)
    {
        if (Allocation is null) return Refuse(MarketDayProblem.WrongState("Run the allocation first: until then no pitch is held."));
        if (times.HasClosed(now)) return Refuse(MarketDayProblem.WrongTime("The market day is over."));
        var errors = CheckPitches(pitchIds, layout).ToList();
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MostReasonLength) errors.Add(new FieldError("reason", $"Give the reason for the change (up to {MostReasonLength} characters)."));
        if (sellerId is not null && !Allocation.Request.Applicants.Any(a => a.SellerId == sellerId))
        {
            errors.Add(new FieldError("sellerId", "Only a seller who applied for this day can be given its pitches."));
        }
        if (errors.Count > 0) return Refuse(MarketDayProblem.Invalid(errors));

        var displaced = LiveHoldings().Where(h => h.PitchIds.Intersect(pitchIds).Any() || h.SellerId == sellerId).ToList();
        var day = displaced.Aggregate(this, (d, h) => d.End(h, HoldingStatus.Revoked, now, reason));
        if (sellerId is not null)
        {
            day = day with { Holdings = [.. day.Holdings, new PitchHolding(sellerId, pitchIds, HoldingStatus.Confirmed, HoldingSource.Override, now, now, now, reason)] };
        }
        var record = new PitchOverride(pitchIds, displaced.Select(h => h.SellerId).Where(id => id != sellerId).ToList(), sellerId, reason, by, now);
        return Accept(day with { Overrides = [.. day.Overrides, record] });
    }

    private static IEnumerable<FieldError> CheckPitches(IReadOnlyList<string> pitchIds, PitchLayout layout)
    {
        if (pitchIds.Count is 0 or > AllocationApplicant.MostAdjacentPitches) yield return new FieldError("pitchIds", $"Name 1 to {AllocationApplicant.MostAdjacentPitches} pitches.");
        if (pitchIds.Distinct().Count() != pitchIds.Count) yield return new FieldError("pitchIds", "Name each pitch once.");
        foreach (var id in pitchIds.Where(id => layout.IndexOf(id) < 0)) yield return new FieldError("pitchIds", $"This market has no pitch \"{id}\".");
    }
}
