using EstateCommons.Payments;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>
/// A payment as its payer and the managers see it beside what it pays for: where it stands, what is due, where to pay
/// (a hosted page while open, a payment link after a declined charge) and what has been refunded.
/// </summary>
public sealed record PaymentSummaryView(string Id, string Status, long AmountPence, string? CheckoutUrl, string? PaymentLinkUrl, string? FailureReason, long RefundedPence)
{
    public static PaymentSummaryView Of(Payment p) => new(
        p.Id, EnumText.Of(p.Status), p.Due.MinorUnits,
        p.Status == PaymentStatus.Open ? p.CheckoutUrl : null,
        p.Status == PaymentStatus.Failed ? p.PaymentLinkUrl : null,
        p.FailureReason, p.Refunded.MinorUnits);
}
