using EstateCommons.Payments;

namespace EstateCommons.Server.Hosting;

/// <summary>
/// The payment provider, chosen here and nowhere else. No provider is configured yet, so payments are off: chargeable
/// bookings are confirmed and listed to invoice. Payers return from hosted pages to "EstateCommons:PublicBaseUrl".
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
        builder.Services.AddSingleton<IPaymentGateway, DisabledPaymentGateway>();
        return builder;
    }
}
