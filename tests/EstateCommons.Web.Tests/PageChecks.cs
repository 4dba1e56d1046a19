using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EstateCommons.Web.Tests;

/// <summary>What every journey does on every page it visits: an accessibility check, and a screenshot kept as an artefact.</summary>
public sealed class PageChecks(ITestOutputHelper output)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>
    /// Where screenshots go: $ESTATECOMMONS_ARTIFACTS/screenshots when set (CI keeps that folder), otherwise
    /// TestResults/screenshots beside the test assembly.
    /// </summary>
    public static string ScreenshotFolder { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("ESTATECOMMONS_ARTIFACTS") is { Length: > 0 } artifacts ? artifacts : Path.Combine(AppContext.BaseDirectory, "TestResults"),
        "screenshots");

    /// <summary>Runs axe-core on the page as it is now and fails on any serious or critical violation, listing them all.</summary>
    public async Task AxeCheck(IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        foreach (var violation in result.Violations.Except(blocking))
        {
            output.WriteLine($"axe ({violation.Impact}, not blocking) on {page.Url}: {violation.Id}: {violation.Help}");
        }
        Assert.True(blocking.Count == 0, $"axe found serious or critical violations on {page.Url}:{Environment.NewLine}{Describe(blocking)}");
    }

    /// <summary>
    /// For a page opened with JavaScript turned off, where axe-core cannot run: the same address, with the same
    /// cookies, checked in a context that runs scripts.
    /// </summary>
    public async Task AxeCheckWithoutJavaScript(IPage page, WebServer server)
    {
        await using var scripted = await server.NewContext(new BrowserNewContextOptions { StorageState = await page.Context.StorageStateAsync() });
        var copy = await scripted.NewPageAsync();
        await copy.GotoAsync(page.Url);
        await AxeCheck(copy);
    }

    /// <summary>Saves the whole page as a PNG named for the test step, and says where.</summary>
    public async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
    }

    /// <summary>Both checks, for a page the journey has just arrived at.</summary>
    public async Task Visited(IPage page, string name)
    {
        await Screenshot(page, name);
        await AxeCheck(page);
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(Environment.NewLine, violations.Select(v =>
        $"- {v.Impact} {v.Id}: {v.Help} ({v.HelpUrl}){Environment.NewLine}" +
        string.Join(Environment.NewLine, v.Nodes.Select(n => $"    at {n.Target}: {n.Html}"))));
}
