using EstateCommons.Payments;
using EstateCommons.Payments.Stripe;

namespace EstateCommons.Server.Hosting;

/// <summary>
/// The payment provider, chosen here and nowhere else: Stripe when "EstateCommons:Stripe:SecretKey" is configured,
/// otherwise payments are off and chargeable bookings and pitches are confirmed and listed to invoice. Payers return
/// from hosted pages to "EstateCommons:PublicBaseUrl"; unpaid room holds last "EstateCommons:Payments:HoldMinutes".
/// </summary>
public static class PaymentHosting
{
    public static WebApplicationBuilder AddEstateCommonsPayments(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PaymentPagesOptions>().BindConfiguration(EstateCommonsOptions.Section);
        builder.Services.AddOptions<PaymentHoldOptions>().BindConfiguration(PaymentHoldOptions.Section)
            .Validate(o => o.HoldMinutes is >= 1 and <= PaymentHoldOptions.LongestMinutes,
                $"{PaymentHoldOptions.Section}:HoldMinutes must be from 1 to {PaymentHoldOptions.LongestMinutes}.")
            .ValidateOnStart();
        builder.Services.AddEstateCommonsPayments(builder.Configuration);
        return builder;
    }
}
