using EstateCommons.Payments;
using Orleans.Concurrency;

namespace EstateCommons.GrainInterfaces.Payments;

/// <summary>
/// One payment, keyed by its id: the single writer of its life from hosted page to refunds. It applies each provider
/// notification once (repeats and late arrivals have no second effect), releases what it holds when the hold runs out
/// (an Orleans reminder), tells the owner (the space or market day) when it is paid or released, and writes each
/// payment, refund and invoice line to the site's monthly ledger.
/// </summary>
public interface IPaymentGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<Payment?> Get();

    /// <summary>
    /// Starts collecting: opens a hosted page with the provider (or lists the amount to invoice when payments are off).
    /// Starting a payment already started returns it as it is. If the provider cannot be reached the payment is
    /// cancelled and <see cref="PaymentProviderException"/> thrown: the caller (the owner) releases what it held.
    /// </summary>
    Task<Payment> Start(PaymentOrder order);

    /// <summary>Applies a verified provider notification about this payment; false when it was a repeat.</summary>
    Task<bool> Apply(PaymentNotification notification);

    /// <summary>
    /// Charges the saved card the amount now known (nothing below the smallest card charge, which is waived); a decline
    /// leaves a payment link outstanding.
    /// </summary>
    Task<Payment> ChargeSavedCard(Money amount);

    /// <summary>
    /// Refunds part or all of a paid payment; the same <paramref name="refundKey"/> refunds once, however often asked.
    /// For a payment to invoice (payments off) it gives a credit instead: the amount comes off what is to be invoiced.
    /// </summary>
    Task<Payment> Refund(string refundKey, Money amount, string reason);

    /// <summary>
    /// Calls off a payment not yet paid: its hosted page is closed, or what is still to be invoiced is taken back.
    /// The caller has released what it held. A payment already paid is returned as it is, for the caller to refund.
    /// </summary>
    Task<Payment> Cancel();
}
