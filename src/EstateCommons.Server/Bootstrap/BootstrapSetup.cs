namespace EstateCommons.Server.Bootstrap;

public static class BootstrapSetup
{
    public static WebApplicationBuilder AddEstateCommonsBootstrap(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DemoData>();
        builder.Services.AddSingleton<DemoMarket>();
        // Registered after the silo, so it starts once grains can be called.
        builder.Services.AddHostedService<StartupTasks>();
        return builder;
    }
}
