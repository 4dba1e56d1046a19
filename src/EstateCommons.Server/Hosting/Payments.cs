using EstateCommons.Payments;
using EstateCommons.Payments.Stripe;

namespace EstateCommons.Server.Hosting;

public static class Payments
{
    /// <summary>
    /// Stripe when <c>EstateCommons:Stripe:SecretKey</c> is configured, otherwise payments are off; and where payers come
    /// back to after a hosted page (<c>EstateCommons:PublicBaseUrl</c>).
    /// </summary>
    public static WebApplicationBuilder AddEstateCommonsPayments(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PaymentPagesOptions>().BindConfiguration(EstateCommonsOptions.Section);
        builder.Services.AddEstateCommonsPayments(builder.Configuration);
        return builder;
    }
}
