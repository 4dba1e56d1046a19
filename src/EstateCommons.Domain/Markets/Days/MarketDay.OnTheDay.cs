using NodaTime;

namespace EstateCommons.Domain.Markets;

public sealed partial record MarketDay
{
    public const long MostTakingsPence = 100_000_000;

    /// <summary>A seller with a confirmed pitch arrives. Checking in twice changes nothing.</summary>
    public MarketDayChange CheckIn(string sellerId, string by, MarketDayTimes times, Instant now)
    {
        if (LiveHoldingOf(sellerId) is not { Status: HoldingStatus.Confirmed }) return Refuse(MarketDayProblem.WrongState("Only a seller with a confirmed pitch can check in."));
        if (!times.CheckInIsOpen(now)) return Refuse(MarketDayProblem.WrongTime("Check-in opens three hours before the market and closes when it ends."));
        if (HasCheckedIn(sellerId)) return Accept(this);
        return Accept(this with { CheckIns = [.. CheckIns, new SellerCheckIn(sellerId, now, by)] });
    }

    /// <summary>A confirmed seller has not arrived once the market is open: recorded, and their pitches can be re-let.</summary>
    public MarketDayChange MarkNoShow(string sellerId, string by, MarketDayTimes times, Instant now)
    {
        if (LiveHoldingOf(sellerId) is not { Status: HoldingStatus.Confirmed } holding) return Refuse(MarketDayProblem.WrongState("Only a seller with a confirmed pitch can be marked absent."));
        if (HasCheckedIn(sellerId)) return Refuse(MarketDayProblem.WrongState("This seller has checked in."));
        if (!times.HasOpened(now) || times.HasClosed(now)) return Refuse(MarketDayProblem.WrongTime("A seller can be marked absent only while the market is open."));
        return Accept(End(holding, HoldingStatus.NoShow, now, $"Not arrived; recorded by {by}."));
    }

    /// <summary>
    /// On the day, a manager lets free pitches (a no-show's, say) to a seller who applied for the day and is there now:
    /// confirmed and checked in at once.
    /// </summary>
    public MarketDayChange Relet(IReadOnlyList<string> pitchIds, string sellerId, string by, PitchLayout layout, MarketDayTimes times, Instant now)
    {
        if (Allocation is null) return Refuse(MarketDayProblem.WrongState("Run the allocation first."));
        if (!times.CheckInIsOpen(now)) return Refuse(MarketDayProblem.WrongTime("Pitches are re-let on the day, from three hours before opening until the market ends."));
        var errors = CheckPitches(pitchIds, layout).ToList();
        if (!Allocation.Request.Applicants.Any(a => a.SellerId == sellerId)) errors.Add(new FieldError("sellerId", "Only a seller who applied for this day can take a pitch."));
        if (errors.Count > 0) return Refuse(MarketDayProblem.Invalid(errors));
        var free = FreePitches(layout).ToHashSet();
        if (pitchIds.FirstOrDefault(id => !free.Contains(id)) is { } taken) return Refuse(MarketDayProblem.WrongState($"Pitch {taken} is still held; mark its seller absent first."));
        if (LiveHoldingOf(sellerId) is not null) return Refuse(MarketDayProblem.WrongState("This seller already holds pitches today."));

        var holding = new PitchHolding(sellerId, pitchIds, HoldingStatus.Confirmed, HoldingSource.Relet, now, now, now, $"Re-let by {by}.");
        return Accept(this with
        {
            Holdings = [.. Holdings, holding],
            CheckIns = HasCheckedIn(sellerId) ? CheckIns : [.. CheckIns, new SellerCheckIn(sellerId, now, by)],
        });
    }

    /// <summary>Sellers who traded (confirmed at the end, not absent) may report their takings once the market has closed.</summary>
    public MarketDayChange ReportTakings(string sellerId, Money takings, MarketDayTimes times, Instant now)
    {
        if (!times.HasClosed(now)) return Refuse(MarketDayProblem.WrongTime("Report takings after the market has closed."));
        if (LiveHoldingOf(sellerId) is not { Status: HoldingStatus.Confirmed }) return Refuse(MarketDayProblem.WrongState("Only a seller who traded on the day can report takings."));
        if (takings.MinorUnits is < 0 or > MostTakingsPence || takings.Currency != Money.PoundSterling)
        {
            return Refuse(MarketDayProblem.Invalid([new FieldError("takingsPence", $"Takings are 0 to {MostTakingsPence} pence.")]));
        }
        var report = new TakingsReport(sellerId, takings, now);
        return Accept(this with { Takings = [.. Takings.Where(t => t.SellerId != sellerId), report] });
    }

    /// <summary>Sellers who hold confirmed pitches: those who trade (or, before the day, will).</summary>
    public IEnumerable<PitchHolding> Traders() => LiveHoldings().Where(h => h.Status == HoldingStatus.Confirmed);
}
