using NodaTime;

namespace EstateCommons.Domain.Markets;

public sealed partial record MarketDay
{
    /// <summary>The fee for the seller's accepted pitches was paid (or their card saved): confirmed. Idempotent.</summary>
    public MarketDayChange FeePaid(string sellerId, string paymentId, Instant now)
    {
        if (Holdings.LastOrDefault(h => h.SellerId == sellerId && h.PaymentId == paymentId) is not { } holding) return Refuse(MarketDayProblem.NotFound("No pitch waits for that payment."));
        if (holding.Status != HoldingStatus.AwaitingPayment) return Accept(this);
        return Accept(Replace(holding, holding with { Status = HoldingStatus.Confirmed, ChangedAt = now }));
    }

    /// <summary>The fee was not paid in time: the pitches pass to the waitlist. Idempotent.</summary>
    public MarketDayChange FeeNotPaid(string sellerId, string paymentId, PitchLayout layout, MarketDayTimes times, Instant now)
    {
        if (Holdings.LastOrDefault(h => h.SellerId == sellerId && h.PaymentId == paymentId) is not { } holding) return Refuse(MarketDayProblem.NotFound("No pitch waits for that payment."));
        if (holding.Status != HoldingStatus.AwaitingPayment) return Accept(this);
        return Accept(End(holding, HoldingStatus.Expired, now, "The pitch fee was not paid in time.").OfferFreedPitches(layout, times, now));
    }

    /// <summary>
    /// The fee arrived after the pitches were released. The seller gets them back, confirmed, if the market has not
    /// opened, they hold nothing else, and every one of those pitches is still free; otherwise the change is refused
    /// (and the payment is refunded).
    /// </summary>
    public MarketDayChange FeePaidAfterRelease(string sellerId, string paymentId, PitchLayout layout, MarketDayTimes times, Instant now)
    {
        if (Holdings.LastOrDefault(h => h.SellerId == sellerId && h.PaymentId == paymentId) is not { } released) return Refuse(MarketDayProblem.NotFound("No pitch was held for that payment."));
        if (released.Status == HoldingStatus.Confirmed) return Accept(this);
        if (times.HasOpened(now)) return Refuse(MarketDayProblem.WrongTime("The market has opened."));
        if (LiveHoldingOf(sellerId) is not null) return Refuse(MarketDayProblem.WrongState("The seller already holds pitches."));
        var free = FreePitches(layout).ToHashSet();
        if (!released.PitchIds.All(free.Contains)) return Refuse(MarketDayProblem.WrongState("The pitches have gone to another seller."));
        var regained = released with { Status = HoldingStatus.Confirmed, ChangedAt = now, Note = "Fee arrived after the offer ran out; pitches still free." };
        return Accept(this with { Holdings = [.. Holdings, regained] });
    }

    /// <summary>Records that the day's fees have been settled (saved cards charged, the rest listed to invoice).</summary>
    public MarketDay FeesSettled(Instant now) => this with { FeesSettledAt = now };
}
