using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.Payments;
using Microsoft.Extensions.Options;

namespace EstateCommons.Grains.Payments;

public sealed class PaymentGrain(
    [PersistentState("payment", StorageNames.Estate)] IPersistentState<PaymentState> state,
    IPaymentGateway gateway,
    IOptions<PaymentPagesOptions> pages,
    IClock clock) : Grain, IPaymentGrain, IRemindable
{
    private const string HoldReminder = "hold";

    // The provider keeps a hosted page open for 30 minutes to 24 hours, counted from when its request arrives; holds are
    // kept within that, and a page is asked for a minute over the shortest so a request in flight is not refused.
    private static readonly Duration ShortestPage = Duration.FromMinutes(31);
    private static readonly Duration LongestHold = Duration.FromHours(23);

    private string Id => this.GetPrimaryKeyString();

    public Task<Payment?> Get() => Task.FromResult(state.State.Payment);

    public async Task<Payment> Start(PaymentOrder order)
    {
        if (state.State.Payment is { } existing) return existing;
        if (order.Validate().FirstOrDefault() is { } invalid) throw new ArgumentException(invalid.Message, nameof(order));
        var now = clock.GetCurrentInstant();
        if (order.HoldUntil is { } hold && hold > now + LongestHold) order = order with { HoldUntil = now + LongestHold };

        var payment = Payment.Start(Id, order, now);
        await Save(payment);
        if (payment.Status == PaymentStatus.ToInvoice)
        {
            await Record(LedgerEntryKind.ToInvoice, "invoice", order.Amount, now);
            return payment;
        }
        if (order.HoldUntil is { } until) await this.RegisterOrUpdateReminder(HoldReminder, Later(until - now), TimeSpan.FromHours(1));
        try
        {
            var hosted = order.Collection == PaymentCollection.SavedCard
                ? await gateway.StartCardSetup(new CardSetupRequest(Id, order.Description, order.PayerEmail, order.Amount.Currency,
                    pages.Value.Done(Id), pages.Value.Cancelled(Id), $"{Id}:setup"), CancellationToken.None)
                : await gateway.StartCheckout(new CheckoutRequest(Id, order.Amount, order.Description, order.PayerEmail,
                    Instant.Max(order.HoldUntil ?? now + LongestHold, now + ShortestPage), pages.Value.Done(Id), pages.Value.Cancelled(Id), $"{Id}:checkout"), CancellationToken.None);
            payment = payment.WithCheckout(hosted.CheckoutId, hosted.Url);
            await Save(payment);
        }
        catch (PaymentProviderException)
        {
            // Nobody can pay, so the payment is called off. The owner is not called back: it is the caller, waiting on
            // this call, and releases what it held when it sees the exception.
            await Save(payment.Cancel(now).Payment);
            await StopHoldReminder();
            throw;
        }
        return payment;
    }

    public async Task<bool> Apply(PaymentNotification notification)
    {
        if (state.State.Payment is not { } before) return false;
        var now = clock.GetCurrentInstant();
        var change = before.Apply(notification, now);
        if (!change.Changed)
        {
            // A redelivery: the provider saw the first delivery fail, perhaps after the change was saved but before the
            // owner heard of it.
            await TellOwner();
            return false;
        }
        state.State.OwnerToBeTold = change.Effect == PaymentEffect.None ? null : change.Effect;
        await Save(change.Payment);
        await RecordTransition(before, change.Payment, now);
        if (change.Payment.Status != PaymentStatus.Open) await StopHoldReminder();
        await TellOwner();
        return true;
    }

    /// <summary>Gives the owner any notice still owed, refunding when what was paid for is no longer held.</summary>
    private async Task TellOwner()
    {
        if (state.State.OwnerToBeTold is not { } effect) return;
        var held = await NotifyOwner(effect);
        // The owner answers whether what was paid for is held. If not (the time was taken after the hold ran out, or the
        // booker cancelled the hold as the payment went through), the money goes back.
        if (!held && effect is (PaymentEffect.Confirm or PaymentEffect.PaidAfterRelease) && state.State.Payment!.Status == PaymentStatus.Paid)
        {
            var (key, reason) = effect == PaymentEffect.PaidAfterRelease
                ? ("paid-after-release", "The hold ran out before the payment arrived, so what it paid for could not be kept.")
                : ("not-held", "What the payment was for had been called off when it arrived.");
            await Refund(key, state.State.Payment.Due, reason);
        }
        state.State.OwnerToBeTold = null;
        await state.WriteStateAsync();
    }

    public async Task<Payment> ChargeSavedCard(Money amount)
    {
        if (state.State.Payment is not { Status: PaymentStatus.CardSaved } payment) return state.State.Payment ?? throw new InvalidOperationException($"No payment {Id}.");
        var now = clock.GetCurrentInstant();
        if (amount.MinorUnits < Payment.SmallestCardCharge.MinorUnits)
        {
            await Save(payment.SettledWithoutCharge(now));
            return state.State.Payment!;
        }
        var outcome = await gateway.ChargeSavedCard(
            new SavedCardCharge(Id, amount, payment.Order.Description, payment.CustomerId!, payment.PaymentMethodId!, $"{Id}:charge"), CancellationToken.None);
        var charged = payment.RecordCharge(amount, outcome, now);
        if (!outcome.Succeeded)
        {
            var link = await gateway.CreatePaymentLink(new PaymentLinkRequest(Id, amount, payment.Order.Description, $"{Id}:link"), CancellationToken.None);
            charged = charged.WithPaymentLink(link.Url);
        }
        await Save(charged);
        await RecordTransition(payment, charged, now);
        return charged;
    }

    public async Task<Payment> Refund(string refundKey, Money amount, string reason)
    {
        if (state.State.Payment is not { } payment) throw new InvalidOperationException($"No payment {Id}.");
        if (payment.RefundList.Any(r => r.Key == refundKey)) return payment;
        var refundable = Money.Gbp(Math.Min(amount.MinorUnits, payment.Refundable.MinorUnits));
        if (refundable.MinorUnits <= 0) return payment;
        var now = clock.GetCurrentInstant();
        if (payment.Status == PaymentStatus.ToInvoice)
        {
            // Nothing was paid, so nothing goes back through the provider: the amount comes off what is to be invoiced.
            var credited = payment.WithRefund(new PaymentRefund(refundKey, $"credit:{refundKey}", refundable, reason, now));
            await Save(credited);
            await Record(LedgerEntryKind.ToInvoice, $"credit:{refundKey}", Money.Gbp(-refundable.MinorUnits), now);
            return credited;
        }
        if (payment.ProviderPaymentId is null) return payment;
        var outcome = await gateway.Refund(new RefundRequest(Id, payment.ProviderPaymentId, refundable, reason, $"{Id}:refund:{refundKey}"), CancellationToken.None);
        var refunded = payment.WithRefund(new PaymentRefund(refundKey, outcome.RefundId, outcome.Amount, reason, now));
        await Save(refunded);
        await Record(LedgerEntryKind.Refund, $"refund:{refundKey}", outcome.Amount, now, outcome.RefundId);
        return refunded;
    }

    public async Task<Payment> Cancel()
    {
        if (state.State.Payment is not { } payment) throw new InvalidOperationException($"No payment {Id}.");
        var now = clock.GetCurrentInstant();
        var change = payment.Cancel(now);
        if (!change.Changed) return payment;
        if (payment.Status == PaymentStatus.Open && payment.CheckoutId is { } checkout) await gateway.ExpireCheckout(checkout, CancellationToken.None);
        await Save(change.Payment);
        await StopHoldReminder();
        // What is still to be invoiced (less any credits already given) is taken back by a line of the opposite amount.
        if (payment is { Status: PaymentStatus.ToInvoice, Refundable.MinorUnits: > 0 })
        {
            await Record(LedgerEntryKind.ToInvoice, "invoice-cancelled", Money.Gbp(-payment.Refundable.MinorUnits), now);
        }
        return change.Payment;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (state.State.Payment is not { } payment)
        {
            await StopHoldReminder();
            return;
        }
        var now = clock.GetCurrentInstant();
        var change = payment.HoldRanOut(now);
        if (!change.Changed)
        {
            // A release the owner did not hear of last time is given again before the reminder stops.
            await TellOwner();
            if (payment.Status != PaymentStatus.Open) await StopHoldReminder();
            return;
        }
        // Close the page first: a payment completed meanwhile still arrives, and is handled as paid after release.
        if (payment.CheckoutId is { } checkout) await gateway.ExpireCheckout(checkout, CancellationToken.None);
        state.State.OwnerToBeTold = PaymentEffect.Release;
        await Save(change.Payment);
        await TellOwner();
        await StopHoldReminder();
    }

    private async Task RecordTransition(Payment before, Payment after, Instant now)
    {
        if (before.Status != PaymentStatus.Paid && after.Status == PaymentStatus.Paid && after.Due.MinorUnits > 0)
        {
            await Record(LedgerEntryKind.Payment, "paid", after.Due, after.PaidAt ?? now, after.ProviderPaymentId);
            if (before.Status == PaymentStatus.Failed) await Record(LedgerEntryKind.ChargeSettled, "settled", after.Due, now, after.ProviderPaymentId);
        }
        if (before.Status != PaymentStatus.Failed && after.Status == PaymentStatus.Failed)
        {
            await Record(LedgerEntryKind.ChargeFailed, "failed", after.Due, now, after.PaymentLinkUrl);
        }
    }

    private Task Record(LedgerEntryKind kind, string line, Money amount, Instant at, string? providerReference = null)
    {
        var order = state.State.Payment!.Order;
        var month = LedgerMonth.Of(order.SiteId, at, DateTimeZoneProviders.Tzdb[order.TimeZoneId]);
        var entry = new LedgerEntry($"{Id}:{line}", kind, Id, order.Purpose, order.Description, order.PayerEmail, amount, at, providerReference);
        return GrainFactory.GetGrain<ISiteLedgerGrain>(month.Key).Record(entry);
    }

    private async Task<bool> NotifyOwner(PaymentEffect effect)
    {
        var owner = state.State.Payment!.Order.Owner;
        return owner.Kind switch
        {
            PaymentOwnerKind.SpaceBookings => await GrainFactory.GetGrain<ISpacePayments>(owner.Key).PaymentSettled(Id, owner.Items, effect),
            PaymentOwnerKind.MarketDayPitch => await GrainFactory.GetGrain<IMarketDayPayments>(owner.Key).PitchFeeSettled(Id, owner.Items[0], effect),
            _ => throw new InvalidOperationException($"Unknown payment owner {owner.Kind}."),
        };
    }

    private async Task Save(Payment payment)
    {
        state.State.Payment = payment;
        await state.WriteStateAsync();
    }

    private async Task StopHoldReminder()
    {
        if (await this.GetReminder(HoldReminder) is { } reminder) await this.UnregisterReminder(reminder);
    }

    private static TimeSpan Later(Duration due) => due > Duration.Zero ? due.ToTimeSpan() : TimeSpan.FromSeconds(1);
}
