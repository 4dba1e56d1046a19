using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.Payments;
using EstateCommons.Payments.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EstateCommons.Server.Tests;

/// <summary>
/// The server with payments on, through a recording provider that moves no money. The provider's notifications are
/// handed to the payment grain directly, as the webhook endpoint would once it has verified them.
/// </summary>
public sealed class PaymentsEstateApi : EstateApi
{
    public RecordingPaymentGateway Payments { get; } = new();

    /// <summary>The provider says the payment's hosted page was paid.</summary>
    public async Task Pay(string paymentId)
    {
        var payment = Services.GetRequiredService<IGrainFactory>().GetGrain<IPaymentGrain>(paymentId);
        var started = await payment.Get() ?? throw new InvalidOperationException($"No payment {paymentId}.");
        Assert.True(await payment.Apply(ProviderEvents.CheckoutPaid(started, "evt-" + Guid.NewGuid().ToString("N"), Clock.GetCurrentInstant())));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IPaymentGateway>(Payments));
    }
}

/// <summary>Payment tests share a server with payments on; they never move its clock.</summary>
[CollectionDefinition(Name)]
public sealed class PaymentsApiCollection : ICollectionFixture<PaymentsEstateApi>
{
    public const string Name = "payments api";
}
