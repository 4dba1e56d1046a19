using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;
using static EstateCommons.Domain.Tests.Markets.Market;
using static EstateCommons.Domain.Tests.Markets.Days.MarketDays;

namespace EstateCommons.Domain.Tests.Markets.Days;

public sealed class MarketDayTests
{
    private static readonly MarketDefinition TwoPitches = Definition(Row("A", 2));

    [Fact]
    public void Applications_are_taken_until_the_window_closes_and_a_second_application_replaces_the_first()
    {
        var times = Times(TwoPitches);
        var day = Expect(MarketDay.Empty.Apply(Application("bakery", ["A1"]), TwoPitches.Layout, times, BeforeClose));
        day = Expect(day.Apply(Application("bakery", ["A2", "A1"]), TwoPitches.Layout, times, BeforeClose));

        var late = day.Apply(Application("florist", ["A2"]), TwoPitches.Layout, times, times.ApplicationsClose);

        Assert.Equal(["A2", "A1"], Assert.Single(day.Applications).RankedPitchPreferences);
        Assert.Equal(MarketDayProblemKind.WrongTime, late.Problem?.Kind);
        Assert.Same(day, late.Day);
        Assert.Equal(At(Day.PlusDays(-2), 9), times.ApplicationsClose);
    }

    [Fact]
    public void An_application_naming_a_pitch_the_market_does_not_have_is_refused_with_the_field()
    {
        var change = MarketDay.Empty.Apply(Application("bakery", ["Z9"], categories: ["Bread!"]), TwoPitches.Layout, Times(TwoPitches), BeforeClose);

        Assert.Equal(MarketDayProblemKind.Invalid, change.Problem?.Kind);
        Assert.Contains(change.Problem!.Errors, e => e.Field == "pitchPreferences");
        Assert.Contains(change.Problem.Errors, e => e.Field == "categories");
        Assert.Empty(change.Day.Applications);
    }

    [Fact]
    public void Allocated_sellers_are_offered_their_pitches_until_the_offer_period_ends_and_the_rest_wait()
    {
        var day = Allocated(TwoPitches, Application("a", ["A1"]), Application("b", ["A2"]), Application("c", ["A1"]));

        var offers = day.LiveHoldings().ToList();
        Assert.Equal(2, offers.Count);
        Assert.All(offers, h => Assert.Equal(HoldingStatus.Offered, h.Status));
        Assert.All(offers, h => Assert.Equal(AfterClose + Duration.FromHours(24), h.RespondBy));
        var waiting = Assert.Single(day.RemainingWaitlist()).SellerId;
        Assert.Contains(waiting, new[] { "a", "c" });
        Assert.Equal(1, day.OutcomeFor(waiting).WaitlistPlace);
        Assert.Equal(UnallocatedReason.Outranked, day.OutcomeFor(waiting).Reason);
    }

    [Fact]
    public void A_withdrawal_after_allocation_brings_in_the_next_waitlisted_seller()
    {
        var day = Allocated(TwoPitches, Application("a", ["A1"]), Application("b", ["A2"]), Application("c", ["A1"]));
        var holderOfA1 = day.LiveHoldings().Single(h => h.PitchIds.Contains("A1")).SellerId;
        var waiting = day.RemainingWaitlist().Single().SellerId;
        var later = AfterClose + Duration.FromHours(2);

        day = Expect(day.Withdraw(holderOfA1, TwoPitches.Layout, Times(TwoPitches), later));

        var offer = Assert.IsType<PitchHolding>(day.LiveHoldingOf(waiting));
        Assert.Equal(["A1"], offer.PitchIds);
        Assert.Equal(HoldingSource.Waitlist, offer.Source);
        Assert.Equal(later + Duration.FromHours(24), offer.RespondBy);
        Assert.Equal(HoldingStatus.Released, day.LatestHoldingOf(holderOfA1)!.Status);
        Assert.Empty(day.RemainingWaitlist());
    }

    [Fact]
    public void An_offer_not_accepted_in_time_lapses_and_passes_on_while_an_accepted_one_stands()
    {
        var day = Allocated(TwoPitches, Application("a", ["A1"]), Application("b", ["A2"]), Application("c", ["A1"]));
        var holders = day.LiveHoldings().OrderBy(h => h.PitchIds[0] == "A1" ? 1 : 0).Select(h => h.SellerId).ToList();
        var waiting = day.RemainingWaitlist().Single().SellerId;
        day = Expect(day.AcceptOffer(holders[0], AfterClose + Duration.FromHours(1)));

        var expired = day.ExpireOffers(TwoPitches.Layout, Times(TwoPitches), AfterClose + Duration.FromHours(24));

        Assert.Equal(HoldingStatus.Confirmed, expired.LiveHoldingOf(holders[0])!.Status);
        Assert.Equal(HoldingStatus.Expired, expired.LatestHoldingOf(holders[1])!.Status);
        Assert.Equal(HoldingStatus.Offered, expired.LiveHoldingOf(waiting)!.Status);
        Assert.Equal(MarketDayProblemKind.WrongTime, expired.AcceptOffer(holders[1], AfterClose + Duration.FromHours(25)).Problem?.Kind);
    }

    [Fact]
    public void A_late_offer_must_be_answered_before_the_market_opens()
    {
        var day = Allocated(TwoPitches, Application("a", ["A1"]), Application("b", ["A2"]), Application("c", ["A1"]));
        var times = Times(TwoPitches);
        var threeHoursBefore = times.Opening.Start - Duration.FromHours(3);
        var waiting = day.RemainingWaitlist().Single().SellerId;

        day = Expect(day.DeclineOffer(day.LiveHoldings().Single(h => h.PitchIds.Contains("A1")).SellerId, TwoPitches.Layout, times, threeHoursBefore));

        Assert.Equal(times.Opening.Start, day.LiveHoldingOf(waiting)!.RespondBy);
    }

    [Fact]
    public void A_no_show_frees_the_pitch_to_re_let_on_the_day_and_owes_no_fee()
    {
        var day = Allocated(TwoPitches, Application("a", ["A1"]), Application("b", ["A2"]), Application("c", ["A1"]));
        var times = Times(TwoPitches);
        var waiting = day.RemainingWaitlist().Single().SellerId;
        foreach (var seller in day.LiveHoldings().Select(h => h.SellerId).ToList()) day = Expect(day.AcceptOffer(seller, AfterClose));
        var absent = day.LiveHoldings().Single(h => h.PitchIds.Contains("A1")).SellerId;
        var present = day.LiveHoldings().Single(h => h.PitchIds.Contains("A2")).SellerId;

        day = Expect(day.CheckIn(present, "steward@trust.example", times, times.Opening.Start - Duration.FromMinutes(30)));
        Assert.Equal(MarketDayProblemKind.WrongTime, day.MarkNoShow(absent, "steward@trust.example", times, times.Opening.Start - Duration.FromMinutes(1)).Problem?.Kind);
        Assert.Equal(MarketDayProblemKind.WrongState, day.Relet(["A1"], waiting, "steward@trust.example", TwoPitches.Layout, times, times.Opening.Start).Problem?.Kind);
        day = Expect(day.MarkNoShow(absent, "steward@trust.example", times, times.Opening.Start + Duration.FromMinutes(20)));
        day = Expect(day.Relet(["A1"], waiting, "steward@trust.example", TwoPitches.Layout, times, times.Opening.Start + Duration.FromMinutes(25)));

        Assert.Equal(HoldingStatus.NoShow, day.LatestHoldingOf(absent)!.Status);
        Assert.True(day.HasCheckedIn(waiting));
        var types = new[] { "a", "b", "c" }.ToDictionary(id => id, _ => SellerBusinessType.Micro);
        var fees = MarketDayFees.For(day, TwoPitches, types, visitors: null);
        Assert.Equal(new[] { present, waiting }.Order(), fees.Select(f => f.SellerId).Order());
        Assert.All(fees, f => Assert.Equal(2000, f.Calculation!.Charged.MinorUnits));
    }

    [Fact]
    public void A_manager_override_records_the_reason_and_moves_the_pitch()
    {
        var day = Allocated(TwoPitches, Application("a", ["A1"]), Application("b", ["A2"]), Application("c", ["A1"]));
        var holderOfA1 = day.LiveHoldings().Single(h => h.PitchIds.Contains("A1")).SellerId;
        var waiting = day.RemainingWaitlist().Single().SellerId;
        var times = Times(TwoPitches);

        var refused = day.Override(["A1"], waiting, " ", "manager@trust.example", TwoPitches.Layout, times, AfterClose);
        day = Expect(day.Override(["A1"], waiting, "Needs the pitch by the lift for a wheelchair.", "manager@trust.example", TwoPitches.Layout, times, AfterClose));

        Assert.Equal(MarketDayProblemKind.Invalid, refused.Problem?.Kind);
        Assert.Equal(HoldingStatus.Confirmed, day.LiveHoldingOf(waiting)!.Status);
        Assert.Equal(HoldingStatus.Revoked, day.LatestHoldingOf(holderOfA1)!.Status);
        var record = Assert.Single(day.Overrides);
        Assert.Equal([holderOfA1], record.DisplacedSellerIds);
        Assert.Equal("Needs the pitch by the lift for a wheelchair.", record.Reason);
    }

    [Fact]
    public void Takings_are_reported_after_the_market_closes_by_sellers_who_traded()
    {
        var day = Allocated(TwoPitches, Application("a", ["A1"]), Application("b", ["A2"]));
        var times = Times(TwoPitches);
        day = Expect(day.AcceptOffer("a", AfterClose));

        Assert.Equal(MarketDayProblemKind.WrongTime, day.ReportTakings("a", Money.Gbp(12_000), times, times.Opening.End - Duration.FromMinutes(1)).Problem?.Kind);
        Assert.Equal(MarketDayProblemKind.WrongState, day.ReportTakings("b", Money.Gbp(12_000), times, times.Opening.End).Problem?.Kind);
        Assert.Equal(MarketDayProblemKind.Invalid, day.ReportTakings("a", Money.Gbp(-1), times, times.Opening.End).Problem?.Kind);
        day = Expect(day.ReportTakings("a", Money.Gbp(12_000), times, times.Opening.End));
        day = Expect(day.ReportTakings("a", Money.Gbp(12_500), times, times.Opening.End + Duration.FromHours(1)));

        Assert.Equal(12_500, Assert.Single(day.Takings).Takings.MinorUnits);
    }

    [Fact]
    public void A_footfall_fee_waits_for_the_count_then_follows_its_formula()
    {
        var fee = new PitchFee.Footfall(Money.Gbp(150), Money.Gbp(500), Money.Gbp(4000), new FeeConcessions(new Dictionary<SellerBusinessType, int> { [SellerBusinessType.Vcse] = 100 }));
        var market = Definition(Row("A", 2), fee);
        var day = Allocated(market, Application("a", ["A1"]), Application("b", ["A2"]));
        day = Expect(day.AcceptOffer("a", AfterClose));
        day = Expect(day.AcceptOffer("b", AfterClose));
        var types = new Dictionary<string, SellerBusinessType> { ["a"] = SellerBusinessType.Micro, ["b"] = SellerBusinessType.Vcse };

        var pending = MarketDayFees.For(day, market, types, visitors: null);
        var settled = MarketDayFees.For(day, market, types, visitors: 1_234).ToDictionary(f => f.SellerId);

        Assert.All(pending, f => Assert.Equal(MarketDayFees.AwaitingFootfall, f.PendingBecause));
        // clamp(round_half_up(150 × 1234 / 100), 500, 4000) = 1851 pence
        Assert.Equal(1851, settled["a"].Calculation!.Charged.MinorUnits);
        Assert.Equal(1234, settled["a"].Calculation!.Footfall!.Visitors);
        Assert.Equal(1851, settled["b"].Calculation!.FullFee.MinorUnits);
        Assert.Equal(0, settled["b"].Calculation!.Charged.MinorUnits);
    }

    [Fact]
    public void Rotation_favours_sellers_who_missed_out_or_got_none_of_their_preferences_but_not_for_lapsed_paperwork()
    {
        var request = Request(Row("A", 2),
        [
            Applicant("first", preferences: ["A1"], misses: 2),
            Applicant("second", preferences: ["A1"]),
            Applicant("third", preferences: ["A1"]),
            Applicant("lapsed", preferences: ["A2"], uninsured: true),
        ], seed: 3);
        var result = PitchAllocator.Allocate(request);

        var misses = MarketDayApplicants.Misses(request, result);

        Assert.DoesNotContain("first", misses);
        Assert.DoesNotContain("lapsed", misses);
        Assert.Equal(2, misses.Count);
        Assert.Equal(UnallocatedReason.ComplianceLapsed, result.Unallocated.Single(u => u.SellerId == "lapsed").Reason);
        Assert.Contains("ran out", MarketDayApplicants.Explain(UnallocatedReason.ComplianceLapsed, Applicant("x", insuredUntil: Day.PlusDays(-3))));
    }
}
