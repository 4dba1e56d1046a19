using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EstateCommons.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class NotFoundTests(WebServer server, ITestOutputHelper output)
{
    private readonly PageChecks _checks = new(output);

    [Fact]
    public async Task An_unknown_page_shows_the_not_found_page_and_the_api_keeps_its_problem_details()
    {
        await using var browser = await server.NewContext();
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "EstateCommons home page" })).ToBeVisibleAsync();
        await _checks.Visited(page, "not-found");

        var api = await page.APIRequest.GetAsync("/api/no-such-thing");
        Assert.Equal(404, api.Status);
        Assert.StartsWith("application/problem+json", api.Headers["content-type"]);
        using var problem = JsonDocument.Parse(await api.TextAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
