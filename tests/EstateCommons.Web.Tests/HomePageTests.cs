using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EstateCommons.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class HomePageTests(WebServer server, ITestOutputHelper output)
{
    private readonly PageChecks _checks = new(output);

    [Fact]
    public async Task The_home_page_points_each_kind_of_user_to_their_journey()
    {
        await using var browser = await server.NewContext();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = "Sign in to book, sell or manage" })).ToBeVisibleAsync();
        foreach (var (journey, address) in new[] { ("Book a space", "/spaces"), ("Your bookings", "/bookings"), ("Sell at a market", "/seller"), ("Manage an estate", "/manage"), ("What's on at my site", "/whats-on") })
        {
            await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = journey, Exact = true })).ToHaveAttributeAsync("href", address);
        }
        await _checks.Visited(page, "home");
    }
}
