using EstateCommons.Domain.Bookings;
using NodaTime;

namespace EstateCommons.Domain.Spaces;

/// <summary>
/// What a cancelled booking gets back: everything it was charged when cancelled at least
/// <see cref="FullRefundHoursBefore"/> hours before it starts, nothing after that. When the site's manager cancels,
/// the booker is not at fault, so it is always everything.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CancellationPolicy(int FullRefundHoursBefore)
{
    public const int DefaultHours = 48;

    /// <summary>A year: notice longer than that would mean no booking made in time could ever be refunded.</summary>
    public const int LongestHours = 366 * 24;

    public static readonly CancellationPolicy Default = new(DefaultHours);

    public Duration FullRefundNotice => Duration.FromHours(FullRefundHoursBefore);

    public Money RefundFor(Booking booking, Instant cancelledAt, bool byManager) =>
        byManager || cancelledAt + FullRefundNotice <= booking.Start ? booking.Price.Charged : Money.Zero(booking.Price.Charged.Currency);

    public IEnumerable<FieldError> Validate()
    {
        if (FullRefundHoursBefore is < 0 or > LongestHours)
        {
            yield return new FieldError("cancellation.fullRefundHoursBefore", $"Give the hours of notice for a full refund, from 0 to {LongestHours}.");
        }
    }
}
