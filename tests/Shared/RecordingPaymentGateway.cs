using System.Collections.Concurrent;
using NodaTime;

namespace EstateCommons.Payments.Testing;

/// <summary>
/// A payment provider for tests that moves no money: hosted pages at made-up URLs, refunds that succeed once per
/// idempotency key (as a real provider's would), and a record of every call in the order it came. While
/// <see cref="Unreachable"/> is set every call fails as an outage would, after being recorded.
/// Notifications are not read from payloads here: tests hand them to the payment grain directly.
/// </summary>
public sealed class RecordingPaymentGateway : IPaymentGateway
{
    private readonly ConcurrentQueue<object> _calls = new();
    private readonly ConcurrentDictionary<string, RefundOutcome> _refunds = new();

    public bool IsEnabled { get; set; } = true;

    public bool Unreachable { get; set; }

    /// <summary>Every request received: <see cref="CheckoutRequest"/>, <see cref="ExpiredCheckout"/>, <see cref="RefundRequest"/> and the rest.</summary>
    public IReadOnlyList<object> Calls => [.. _calls];

    public IReadOnlyList<CheckoutRequest> Checkouts => Calls.OfType<CheckoutRequest>().ToList();

    public IReadOnlyList<RefundRequest> Refunds => Calls.OfType<RefundRequest>().ToList();

    public IReadOnlyList<string> ExpiredCheckouts => Calls.OfType<ExpiredCheckout>().Select(e => e.CheckoutId).ToList();

    public static string CheckoutIdFor(string paymentId) => $"cs_test_{paymentId}";

    public Task<HostedCheckout> StartCheckout(CheckoutRequest request, CancellationToken cancellationToken) =>
        Answer(request, new HostedCheckout(CheckoutIdFor(request.PaymentId), $"https://checkout.test/pay/{request.PaymentId}", request.ExpiresAt));

    public Task<HostedCheckout> StartCardSetup(CardSetupRequest request, CancellationToken cancellationToken) =>
        Answer(request, new HostedCheckout(CheckoutIdFor(request.PaymentId), $"https://checkout.test/setup/{request.PaymentId}", Instant.MaxValue));

    public Task ExpireCheckout(string checkoutId, CancellationToken cancellationToken) => Answer(new ExpiredCheckout(checkoutId), true);

    public Task<ChargeOutcome> ChargeSavedCard(SavedCardCharge request, CancellationToken cancellationToken) =>
        Answer(request, new ChargeOutcome(true, $"pi_test_{request.PaymentId}", null));

    public Task<PaymentLink> CreatePaymentLink(PaymentLinkRequest request, CancellationToken cancellationToken) =>
        Answer(request, new PaymentLink($"plink_test_{request.PaymentId}", $"https://checkout.test/link/{request.PaymentId}"));

    public Task<RefundOutcome> Refund(RefundRequest request, CancellationToken cancellationToken) =>
        Answer(request, _refunds.GetOrAdd(request.IdempotencyKey, key => new RefundOutcome($"re_test_{key}", request.Amount, true)));

    public PaymentNotification ReadNotification(string payload, string? signatureHeader, Instant now) =>
        throw new PaymentNotificationRejectedException("The recording gateway reads no payloads; give notifications to the payment grain.");

    private Task<T> Answer<T>(object request, T answer)
    {
        _calls.Enqueue(request);
        return Unreachable ? Task.FromException<T>(new PaymentProviderException("The test provider is unreachable.")) : Task.FromResult(answer);
    }

    public sealed record ExpiredCheckout(string CheckoutId);
}
