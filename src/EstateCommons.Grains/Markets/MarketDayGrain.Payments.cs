using System.Security.Cryptography;
using System.Text;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Payments;

namespace EstateCommons.Grains.Markets;

// Pitch fees: collected when an offer is accepted (paid now, or a card saved for a footfall fee), settled after the
// day (saved cards charged, the rest listed to invoice), and the payments' outcomes applied back to the pitches.
public sealed partial class MarketDayGrain : IMarketDayPayments
{
    public async Task<MarketDayResponse> AcceptOffer(string sellerId)
    {
        if (await Context() is not { } context) return MarketDayResponse.NoSuchDay;
        var now = clock.GetCurrentInstant();
        await CatchUp(context, now);
        var holding = Day.LiveHoldingOf(sellerId);
        if (holding is not { Status: HoldingStatus.Offered })
        {
            var unchanged = Day.AcceptOffer(sellerId, now);
            return Answer(context, unchanged.Problem);
        }
        var definition = context.Market.Definition;
        var seller = await GrainFactory.GetGrain<ISellerGrain>(sellerId).Get();
        var pitches = holding.PitchIds.Select(id => definition.Layout.Pitches[definition.Layout.IndexOf(id)]).ToList();
        var (how, dueNow) = PitchFeeCollection.OnAcceptance(definition.Fee, pitches, seller!.Profile.BusinessType, gateway.IsEnabled);
        if (how is FeeCollection.Nothing or FeeCollection.InvoiceAfterTheDay) return await Commit(context, Day.AcceptOffer(sellerId, now), now);

        var paymentId = PaymentIdFor(sellerId, "accept");
        var accepted = Day.AcceptOffer(sellerId, now, paymentId);
        if (!accepted.Succeeded) return Answer(context, accepted.Problem);
        var order = PitchFeeOrder(context, holding, how == FeeCollection.SaveCard ? PaymentCollection.SavedCard : PaymentCollection.Checkout, dueNow, holding.RespondBy);
        try
        {
            await GrainFactory.GetGrain<IPaymentGrain>(paymentId).Start(order);
        }
        catch (PaymentProviderException exception)
        {
            return Answer(context, MarketDayProblem.PaymentUnavailable($"Card payments are unavailable just now, so the offer stays open: try again shortly. ({exception.Message})"));
        }
        return await Commit(context, accepted, now);
    }

    public async Task<bool> PitchFeeSettled(string paymentId, string sellerId, PaymentEffect effect)
    {
        if (await Context() is not { } context) return false;
        var now = clock.GetCurrentInstant();
        var layout = context.Market.Definition.Layout;
        var change = effect switch
        {
            PaymentEffect.Confirm => Day.FeePaid(sellerId, paymentId, now),
            PaymentEffect.Release => Day.FeeNotPaid(sellerId, paymentId, layout, context.Times, now),
            PaymentEffect.PaidAfterRelease => Day.FeePaidAfterRelease(sellerId, paymentId, layout, context.Times, now),
            _ => new MarketDayChange(Day, null),
        };
        if (change.Succeeded && change.Day != Day) await Save(change.Day, context, now);
        return change.Succeeded;
    }

    /// <summary>
    /// After the day, each trader's fee is settled: a saved card is charged the footfall fee (a decline leaves a payment
    /// link outstanding), and a fee not paid online is listed to invoice. Absent sellers' saved cards are let go.
    /// Every step is idempotent, so a settlement interrupted part-way is simply run again.
    /// </summary>
    private async Task SettleFees(DayContext context, Instant now)
    {
        var visitors = await VisitorsWhileOpen(context);
        var traders = Day.Traders().ToList();
        var types = await BusinessTypes(traders.Select(h => h.SellerId));
        foreach (var fee in MarketDayFees.For(Day, context.Market.Definition, types, visitors))
        {
            var holding = traders.First(h => h.SellerId == fee.SellerId);
            var amount = fee.Calculation!.Charged;
            if (holding.PaymentId is { } paymentId)
            {
                var payment = GrainFactory.GetGrain<IPaymentGrain>(paymentId);
                if (await payment.Get() is { Status: PaymentStatus.CardSaved }) await payment.ChargeSavedCard(amount);
            }
            else if (amount.MinorUnits > 0)
            {
                await GrainFactory.GetGrain<IPaymentGrain>(PaymentIdFor(fee.SellerId, "invoice"))
                    .Start(PitchFeeOrder(context, holding, PaymentCollection.Invoice, amount, holdUntil: null));
            }
        }
        foreach (var absent in Day.Holdings.Where(h => h.Status == HoldingStatus.NoShow && h.PaymentId is not null))
        {
            var payment = GrainFactory.GetGrain<IPaymentGrain>(absent.PaymentId!);
            if (await payment.Get() is { Status: PaymentStatus.CardSaved }) await payment.Cancel();
        }
        await Save(Day.FeesSettled(now), context, now);
    }

    /// <summary>Payments of holds a seller or manager just ended (given back, withdrawn, taken back) are called off.</summary>
    private async Task CancelPaymentsOfEndedHoldings(MarketDay before, MarketDay after)
    {
        var ended = before.LiveHoldings()
            .Where(h => h.PaymentId is not null)
            .Where(h => after.Holdings.LastOrDefault(x => x.PaymentId == h.PaymentId) is { IsLive: false, Status: HoldingStatus.Released or HoldingStatus.Revoked });
        foreach (var holding in ended) await GrainFactory.GetGrain<IPaymentGrain>(holding.PaymentId!).Cancel();
    }

    private async Task<Dictionary<string, SellerBusinessType>> BusinessTypes(IEnumerable<string> sellerIds) =>
        (await Sellers(sellerIds)).ToDictionary(s => s.Id, s => s.Profile.BusinessType);

    /// <summary>
    /// The order for a seller's pitch fee, paid by whoever applied for the day (every holder applied: allocation, the
    /// waitlist, overrides and re-lets all take applicants).
    /// </summary>
    private PaymentOrder PitchFeeOrder(DayContext context, PitchHolding holding, PaymentCollection collection, Money amount, Instant? holdUntil) => new(
        PaymentPurpose.PitchFee, collection, amount, FeeDescription(context, holding.PitchIds, collection == PaymentCollection.SavedCard),
        Day.ApplicationOf(holding.SellerId)!.AppliedBy, Ref.SiteId, context.Market.Site.TrustId, context.Market.Site.TimeZoneId,
        new PaymentOwner(PaymentOwnerKind.MarketDayPitch, Ref.Key, [holding.SellerId]), holdUntil);

    private string FeeDescription(DayContext context, IReadOnlyList<string> pitchIds, bool savedCard)
    {
        var zone = context.Market.Site.TimeZone;
        var opening = context.Times.Opening;
        var when = $"{Ref.Date.ToString("ddd d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} {LocalClock.Format(opening.Start.InZone(zone).TimeOfDay)}–{LocalClock.Format(opening.End.InZone(zone).TimeOfDay)}";
        var pitches = pitchIds.Count == 1 ? $"Pitch {pitchIds[0]}" : $"Pitches {string.Join(", ", pitchIds)}";
        return $"{pitches}, {context.Market.Definition.Name}, {context.Market.Site.SiteName} — {when}{(savedCard ? " (footfall-based fee, charged after the market)" : "")}";
    }

    /// <summary>The same seller, day and purpose always give the same payment id, so a retried start finds the payment it began.</summary>
    private string PaymentIdFor(string sellerId, string purpose) =>
        "pay-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Ref.Key}|{sellerId}|{purpose}")))[..20];
}
