using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EstateCommons.Payments.Stripe;

/// <summary>Registers the <see cref="IPaymentGateway"/> the configuration asks for.</summary>
public static class PaymentsServiceCollectionExtensions
{
    /// <summary>
    /// Stripe when <c>EstateCommons:Stripe:SecretKey</c> is set (its <c>WebhookSecret</c> is then required too),
    /// otherwise <see cref="DisabledPaymentGateway"/>: payments are off.
    /// </summary>
    public static IServiceCollection AddEstateCommonsPayments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(StripeOptions.SectionName).Get<StripeOptions>() ?? new StripeOptions();
        if (string.IsNullOrWhiteSpace(options.SecretKey))
        {
            return services.AddSingleton<IPaymentGateway, DisabledPaymentGateway>();
        }
        if (string.IsNullOrWhiteSpace(options.WebhookSecret))
        {
            // Without it no notification could be verified, so nothing paid would ever be seen as paid: refuse to start.
            throw new InvalidOperationException(
                $"{StripeOptions.SectionName}:SecretKey is set but {StripeOptions.SectionName}:WebhookSecret is not.");
        }
        return services.AddSingleton<IPaymentGateway>(new StripePaymentGateway(options));
    }
}
