namespace EstateCommons.Payments;

/// <summary>What a payment is for.</summary>
public enum PaymentPurpose
{
    /// <summary>Hiring a room, hall or space (one booking or a whole series).</summary>
    RoomHire,

    /// <summary>A seller's pitch fee for a market day.</summary>
    PitchFee,
}

/// <summary>How the money is collected.</summary>
public enum PaymentCollection
{
    /// <summary>Paid up front on a hosted checkout page.</summary>
    Checkout,

    /// <summary>A card saved now and charged later, once the amount is known (footfall-based pitch fees).</summary>
    SavedCard,

    /// <summary>Payments are off: the amount is listed for the finance team to invoice.</summary>
    Invoice,
}

/// <summary>Whose thing a payment pays for, so the owner can be told when it is paid or released.</summary>
public enum PaymentOwnerKind
{
    /// <summary><see cref="PaymentOwner.Key"/> is a space ("site/space"), <see cref="PaymentOwner.Items"/> its booking ids.</summary>
    SpaceBookings,

    /// <summary><see cref="PaymentOwner.Key"/> is a market day ("site/market/date"), <see cref="PaymentOwner.Items"/> the seller id.</summary>
    MarketDayPitch,
}

[GenerateSerializer, Immutable]
public sealed record PaymentOwner(PaymentOwnerKind Kind, string Key, IReadOnlyList<string> Items);

/// <summary>
/// A request to collect money: what for and from whom, how, whose thing it pays for, and until when the thing is held
/// waiting for payment (after which it is released and the hosted page closed).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PaymentOrder(
    PaymentPurpose Purpose,
    PaymentCollection Collection,
    Money Amount,
    string Description,
    string PayerEmail,
    string SiteId,
    string TrustId,
    string TimeZoneId,
    PaymentOwner Owner,
    Instant? HoldUntil)
{
    public IEnumerable<FieldError> Validate()
    {
        if (Amount.MinorUnits <= 0 && Collection != PaymentCollection.SavedCard) yield return new FieldError("amount", "Only a positive amount is collected.");
        if (Amount.Currency != Money.PoundSterling) yield return new FieldError("amount", "Payments are taken in GBP.");
        if (string.IsNullOrWhiteSpace(Description)) yield return new FieldError("description", "Say what the payment is for.");
        if (Owner.Items.Count == 0) yield return new FieldError("owner", "Say what the payment pays for.");
    }
}
