using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
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

    [Fact]
    public async Task A_page_that_fails_shows_the_service_problem_page_without_internals()
    {
        await using var browser = await server.NewContext();
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync(FailingAddress.Path);

        Assert.Equal(500, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sorry, there is a problem with the service");
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(FailingAddress.Message);
        await _checks.Visited(page, "server-error");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

/// <summary>An address that throws, after every route the server has, so the tests can see what a failing page shows.</summary>
public sealed class FailingAddress : IStartupFilter
{
    public const string Path = "/test-only/fail";

    public const string Message = "This page failed because the test asked it to.";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((context, rest) => context.Request.Path == Path ? throw new InvalidOperationException(Message) : rest(context));
    };
}
