using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;
using static EstateCommons.Domain.Tests.Markets.Market;
using static EstateCommons.Domain.Tests.Markets.Days.MarketDays;

namespace EstateCommons.Domain.Tests.Markets.Days;

public sealed class PitchFeePaymentTests
{
    private static readonly MarketDefinition TwoPitches = Definition(Row("A", 2));

    [Theory]
    [InlineData(SellerBusinessType.Micro, true, FeeCollection.PayNow, 2000)]
    [InlineData(SellerBusinessType.Micro, false, FeeCollection.InvoiceAfterTheDay, 2000)]
    [InlineData(SellerBusinessType.Vcse, true, FeeCollection.Nothing, 0)]
    public void A_flat_fee_is_paid_on_acceptance_unless_it_is_waived_or_payments_are_off(SellerBusinessType type, bool paymentsOn, FeeCollection expected, long dueNow)
    {
        var fee = new PitchFee.Flat(Money.Gbp(2000), new FeeConcessions(new Dictionary<SellerBusinessType, int> { [SellerBusinessType.Vcse] = 100 }));

        var (how, due) = PitchFeeCollection.OnAcceptance(fee, [Pitch("A1")], type, paymentsOn);

        Assert.Equal(expected, how);
        Assert.Equal(dueNow, due.MinorUnits);
    }

    [Fact]
    public void A_footfall_fee_saves_a_card_now_unless_a_full_concession_means_nothing_will_ever_be_due()
    {
        var fee = new PitchFee.Footfall(Money.Gbp(150), Money.Gbp(500), Money.Gbp(4000), new FeeConcessions(new Dictionary<SellerBusinessType, int> { [SellerBusinessType.Vcse] = 100 }));

        Assert.Equal(FeeCollection.SaveCard, PitchFeeCollection.OnAcceptance(fee, [Pitch("A1")], SellerBusinessType.Small, paymentsOn: true).How);
        Assert.Equal(FeeCollection.InvoiceAfterTheDay, PitchFeeCollection.OnAcceptance(fee, [Pitch("A1")], SellerBusinessType.Small, paymentsOn: false).How);
        Assert.Equal(FeeCollection.Nothing, PitchFeeCollection.OnAcceptance(fee, [Pitch("A1")], SellerBusinessType.Vcse, paymentsOn: true).How);
    }

    [Fact]
    public void An_accepted_offer_waits_for_its_fee_then_is_confirmed_once_however_often_the_payment_says_so()
    {
        var day = Allocated(TwoPitches, Application("a", ["A1"]), Application("b", ["A2"]));
        day = Expect(day.AcceptOffer("a", AfterClose, paymentId: "pay-1"));
        Assert.Equal(HoldingStatus.AwaitingPayment, day.LiveHoldingOf("a")!.Status);
        // A pitch waiting for its fee is still spoken for.
        Assert.DoesNotContain("A1", day.FreePitches(TwoPitches.Layout));

        var paid = Expect(day.FeePaid("a", "pay-1", AfterClose + Duration.FromMinutes(5)));
        var again = Expect(paid.FeePaid("a", "pay-1", AfterClose + Duration.FromMinutes(6)));

        Assert.Equal(HoldingStatus.Confirmed, paid.LiveHoldingOf("a")!.Status);
        Assert.Same(paid, again);
        Assert.Equal(MarketDayProblemKind.NotFound, day.FeePaid("a", "pay-other", AfterClose).Problem?.Kind);
    }

    [Fact]
    public void A_fee_not_paid_in_time_passes_the_pitch_down_the_waitlist_and_a_late_payment_gets_it_back_only_if_still_free()
    {
        var day = Allocated(TwoPitches, Application("a", ["A1"]), Application("b", ["A2"]), Application("c", ["A1"]));
        var times = Times(TwoPitches);
        var holder = day.LiveHoldings().Single(h => h.PitchIds.Contains("A1")).SellerId;
        var waiting = day.RemainingWaitlist().Single().SellerId;
        day = Expect(day.AcceptOffer(holder, AfterClose, paymentId: "pay-late"));

        var lapsed = Expect(day.FeeNotPaid(holder, "pay-late", TwoPitches.Layout, times, AfterClose + Duration.FromMinutes(30)));

        Assert.Equal(HoldingStatus.Expired, lapsed.LatestHoldingOf(holder)!.Status);
        Assert.Equal(["A1"], lapsed.LiveHoldingOf(waiting)!.PitchIds);
        Assert.Equal(MarketDayProblemKind.WrongState, lapsed.FeePaidAfterRelease(holder, "pay-late", TwoPitches.Layout, times, AfterClose + Duration.FromMinutes(31)).Problem?.Kind);

        var declined = Expect(lapsed.DeclineOffer(waiting, TwoPitches.Layout, times, AfterClose + Duration.FromMinutes(40)));
        var regained = Expect(declined.FeePaidAfterRelease(holder, "pay-late", TwoPitches.Layout, times, AfterClose + Duration.FromMinutes(41)));
        Assert.Equal(HoldingStatus.Confirmed, regained.LiveHoldingOf(holder)!.Status);
        Assert.Equal(["A1"], regained.LiveHoldingOf(holder)!.PitchIds);
    }

    [Fact]
    public void Fees_fall_due_a_while_after_closing_until_they_are_settled()
    {
        var day = Allocated(TwoPitches, Application("a", ["A1"]));
        var times = Times(TwoPitches);
        day = Expect(day.AcceptOffer("a", AfterClose));

        Assert.Equal(times.Opening.End + MarketDayTimes.SettlementDelay, day.NextDeadline(times, times.Opening.End));
        Assert.Null(day.FeesSettled(times.FeesDueAt).NextDeadline(times, times.FeesDueAt));
    }
}
