using EstateCommons.Payments;

namespace EstateCommons.Server.Hosting;

public static class Payments
{
    /// <summary>The payment gateway and where payers come back to after a hosted page.</summary>
    public static WebApplicationBuilder AddEstateCommonsPayments(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PaymentPagesOptions>().BindConfiguration(EstateCommonsOptions.Section);
        builder.Services.AddSingleton<IPaymentGateway, DisabledPaymentGateway>();
        return builder;
    }
}
