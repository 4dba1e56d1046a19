using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EstateCommons.Web.Tests;

/// <summary>
/// The real server as the API tests have it (<see cref="EstateApi"/>: co-hosted silo, file storage, a fake clock the
/// tests move), but on Kestrel at a free port on 127.0.0.1, so a real browser can reach it; and one Debian Chromium
/// shared by the collection's tests, each of which opens its own browser context.
/// </summary>
public sealed class WebServer : EstateApi
{
    private IPlaywright? _playwright;

    public WebServer() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        var chromium = Chromium.Find();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.Single());
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = Chromium.Arguments });
    }

    /// <summary>
    /// A fresh browser context (its own cookies) that opens relative URLs on this server and never leaves loopback:
    /// any request to another host is refused, so a page that would fetch from the internet fails here first.
    /// </summary>
    public async Task<IBrowserContext> NewContext(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = Address.ToString();
        var context = await Browser.NewContextAsync(options);
        await context.RouteAsync(url => !IPAddress.TryParse(new Uri(url).Host.Trim('[', ']'), out var ip) || !IPAddress.IsLoopback(ip),
            route => route.AbortAsync("blockedbyclient"));
        return context;
    }

    protected override void AddSettings(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FailingAddress>());

    public override async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebServer>
{
    public const string Name = "web";
}
