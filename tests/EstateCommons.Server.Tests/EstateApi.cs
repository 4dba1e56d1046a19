using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace EstateCommons.Server.Tests;

/// <summary>
/// The real server (HTTP pipeline, co-hosted silo, durable file storage) in this process, on a fresh data
/// directory, with the clock fixed so dates such as the March 2027 clock change stay in the bookable future.
/// Payments are as the server has them with no provider configured: off.
/// </summary>
public class EstateApi : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@estatecommons.test";
    public const string AdminPassword = "admin-password-1";

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 23, 9, 0));

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), $"ec-api-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("EstateCommons:DataPath", DataPath);
        builder.UseSetting("EstateCommons:SeedDemo", "false");
        builder.UseSetting("EstateCommons:Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("EstateCommons:Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("EstateCommons:Orleans:SiloPort", FreePort.Next().ToString());
        builder.UseSetting("EstateCommons:Orleans:GatewayPort", FreePort.Next().ToString());
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
        AddSettings(builder);
    }

    /// <summary>Where a fixture serving a variant of the server (payments on, say) adds its own settings.</summary>
    protected virtual void AddSettings(IWebHostBuilder builder)
    {
    }

    public ApiClient Anonymous() => new(CreateClient());

    public async Task<ApiClient> SignedIn(string email, string password)
    {
        var client = Anonymous();
        await client.SignIn(email, password);
        return client;
    }

    public Task<ApiClient> Admin() => SignedIn(AdminEmail, AdminPassword);

    public virtual Task InitializeAsync()
    {
        _ = Server; // start the host, and with it the silo and the admin bootstrap
        return Task.CompletedTask;
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(DataPath)) Directory.Delete(DataPath, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<EstateApi>
{
    public const string Name = "estate api";
}
