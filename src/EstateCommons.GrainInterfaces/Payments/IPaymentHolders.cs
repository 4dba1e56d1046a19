using EstateCommons.Payments;

namespace EstateCommons.GrainInterfaces.Payments;

/// <summary>
/// A space's side of room-hire payments, keyed like the space ("site/space") and implemented by the space's grain:
/// bookings held waiting for payment are confirmed when paid, and released when the hold runs out.
/// </summary>
public interface ISpacePayments : IGrainWithStringKey
{
    /// <summary>
    /// Applies the payment's outcome to its bookings. Idempotent. For <see cref="PaymentEffect.Confirm"/> and
    /// <see cref="PaymentEffect.PaidAfterRelease"/>, true when the bookings are held (confirmed, or held again because
    /// their time was still free); false tells a paid payment to refund.
    /// </summary>
    Task<bool> PaymentSettled(string paymentId, IReadOnlyList<string> bookingIds, PaymentEffect effect);
}

/// <summary>
/// A market day's side of pitch-fee payments, keyed like the market day and implemented by its grain: an accepted
/// offer waiting for its fee is confirmed when paid (or when the card is saved, for footfall fees), and passes to the
/// waitlist when payment does not come in time.
/// </summary>
public interface IMarketDayPayments : IGrainWithStringKey
{
    /// <summary>
    /// Idempotent; for <see cref="PaymentEffect.Confirm"/> and <see cref="PaymentEffect.PaidAfterRelease"/>, true when the
    /// pitch is held for the seller; false tells a paid payment to refund.
    /// </summary>
    Task<bool> PitchFeeSettled(string paymentId, string sellerId, PaymentEffect effect);
}
