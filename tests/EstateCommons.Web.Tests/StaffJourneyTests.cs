using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EstateCommons.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class StaffJourneyTests(WebServer server, ITestOutputHelper output)
{
    private readonly PageChecks _checks = new(output);

    [Fact]
    public async Task A_member_of_staff_finds_todays_market_on_a_phone_sized_viewport()
    {
        var market = await SaturdayWithTwoConfirmedSellers();
        // The morning of the market day: "today" at the site is Saturday 5 December.
        server.Clock.Reset(TestMarket.Opening - Duration.FromMinutes(30));

        await using var phone = await server.NewContext(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await phone.NewPageAsync();

        await page.GotoAsync("/");
        await _checks.Visited(page, "staff-1-home");
        await page.GetByRole(AriaRole.Link, new() { Name = "What's on at my site" }).First.ClickAsync();

        await Expect(page).ToHaveTitleAsync("What's on at my site – EstateCommons");
        await page.GetByLabel("Hospital name or postcode").FillAsync("General Hospital");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find sites" }).ClickAsync();
        await _checks.Visited(page, "staff-2-choose-site");
        await page.Locator($"a[href='/whats-on/{market.SiteId}']").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("General Hospital");
        await Expect(page.GetByText("Saturday 5 December 2026")).ToBeVisibleAsync();
        var todaysMarket = page.GetByRole(AriaRole.Region, new() { Name = "Saturday Farmers' Market" });
        await Expect(todaysMarket).ToBeVisibleAsync();
        await Expect(todaysMarket).ToContainTextAsync("9am to 2pm");
        await Expect(todaysMarket).ToContainTextAsync("Car park B, by the main entrance");
        var sellers = page.GetByRole(AriaRole.List, new() { Name = "Sellers at Saturday Farmers' Market" });
        await Expect(sellers.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(sellers).ToContainTextAsync("Meadow Dairy");
        await Expect(sellers).ToContainTextAsync("Orchard Farm");
        var pitches = page.GetByRole(AriaRole.List, new() { Name = "Pitches at Saturday Farmers' Market" });
        await Expect(pitches.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);
        await Expect(pitches).ToContainTextAsync("Orchard Farm");
        // The third seller never accepted: by the day their offer has lapsed, and only confirmed sellers are shown.
        await Expect(page.GetByText("Hive Honey")).ToHaveCountAsync(0);
        await Expect(pitches).ToContainTextAsync("Free");

        var subscribe = page.GetByRole(AriaRole.Link, new() { Name = "Subscribe in your calendar app" });
        await Expect(subscribe).ToBeVisibleAsync();
        var feed = $"/api/sites/{market.SiteId}/calendar.ics";
        Assert.Equal($"webcal://{server.Address.Authority}{feed}", await subscribe.GetAttributeAsync("href"));
        var download = await page.APIRequest.GetAsync(await page.GetByRole(AriaRole.Link, new() { Name = $"{server.Address.Scheme}://{server.Address.Authority}{feed}" }).GetAttributeAsync("href"));
        Assert.Equal(200, download.Status);
        Assert.Contains("Saturday Farmers' Market", await download.TextAsync());
        await _checks.Visited(page, "staff-3-whats-on-today");
    }

    /// <summary>The API tests' Saturday market with three sellers offered a pitch each, two of whom accept.</summary>
    private async Task<TestMarket> SaturdayWithTwoConfirmedSellers()
    {
        var market = await TestMarket.Create(server, pitches: 3, powered: 1);
        var (sellers, _) = await market.Allocated(("Orchard Farm", "vegetables", "P1"), ("Meadow Dairy", "cheese", "P2"), ("Hive Honey", "honey", "P3"));
        await market.Accept(sellers["Orchard Farm"]);
        await market.Accept(sellers["Meadow Dairy"]);
        return market;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
