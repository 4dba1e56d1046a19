using EstateCommons.Payments;

namespace EstateCommons.Server.Api.Contracts;

public sealed record RefundView(long AmountPence, string Reason, string At);

/// <summary>
/// A payment as its payer and the site's managers see it. The checkout URL and the hold's end (local to the site, and
/// as an instant) show only while the payment is open; for a payment to invoice, refunds are credits off the invoice.
/// </summary>
public sealed record PaymentView(
    string Id,
    string Purpose,
    string Status,
    string Description,
    string Currency,
    long AmountPence,
    string? CheckoutUrl,
    string? HoldUntil,
    string? HoldUntilInstant,
    string? PaidAt,
    long RefundedPence,
    IReadOnlyList<RefundView> Refunds,
    IReadOnlyList<string> BookingIds)
{
    public static PaymentView Of(Payment payment)
    {
        var zone = DateTimeZoneProviders.Tzdb[payment.Order.TimeZoneId];
        var open = payment.Status == PaymentStatus.Open;
        var holdUntil = open ? payment.Order.HoldUntil : null;
        return new PaymentView(
            payment.Id,
            payment.Order.Purpose.ToString(),
            payment.Status.ToString(),
            payment.Order.Description,
            payment.Due.Currency,
            payment.Due.MinorUnits,
            open ? payment.CheckoutUrl : null,
            holdUntil is { } local ? TimeText.Local(local, zone) : null,
            holdUntil is { } instant ? TimeText.Instant(instant, zone) : null,
            payment.PaidAt is { } paid ? TimeText.Instant(paid, zone) : null,
            payment.Refunded.MinorUnits,
            payment.RefundList.Select(r => new RefundView(r.Amount.MinorUnits, r.Reason, TimeText.Instant(r.At, zone))).ToList(),
            payment.Order.Owner.Kind == PaymentOwnerKind.SpaceBookings ? payment.Order.Owner.Items : []);
    }
}
