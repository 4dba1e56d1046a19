using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EstateCommons.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class ManagerJourneyTests(WebServer server, ITestOutputHelper output)
{
    private readonly PageChecks _checks = new(output);

    [Fact]
    public async Task A_manager_approves_a_booking_and_runs_an_allocation()
    {
        server.Clock.Reset(TestMarket.BeforeClose);
        var estate = await TestEstate.Create(server, approvalRequired: true);
        await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2026-11-30T10:00", "2026-11-30T12:00")));
        await MarketWithApplications(estate);

        await using var context = await server.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/manage");
        await Expect(page).ToHaveTitleAsync("Sign in – EstateCommons");
        await page.GetByLabel("Email address").FillAsync(estate.ManagerEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestEstate.Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync("Your estates – EstateCommons");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Trust {estate.TrustId[6..]}" })).ToBeVisibleAsync();
        await _checks.Visited(page, "manager-1-home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Bookings waiting for approval" }).ClickAsync();
        var booking = page.GetByRole(AriaRole.Region, new() { Name = "Carers Network, Monday 30 November 2026" });
        await Expect(booking).ToContainTextAsync("Seminar room, General Hospital");
        await Expect(booking).ToContainTextAsync("10am to midday");
        await _checks.Visited(page, "manager-2-approvals");
        await booking.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You approved the booking on Monday 30 November 2026");
        await Expect(page.GetByText("Nothing is waiting for approval.")).ToBeVisibleAsync();
        await _checks.Visited(page, "manager-3-approved");
        var bookings = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get($"/api/sites/{estate.SiteId}/bookings?from=2026-11-30&to=2026-11-30"));
        Assert.Equal("Confirmed", bookings.GetProperty("bookings")[0].GetProperty("status").GetString());

        await page.GotoAsync("/manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Markets at General Hospital" }).ClickAsync();
        await _checks.Visited(page, "manager-4-markets");
        await page.GetByRole(AriaRole.Link, new() { Name = "Saturday 5 December 2026" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Saturday 5 December 2026");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Applications for this market day" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        await _checks.Visited(page, "manager-5-market-day");

        await page.GetByRole(AriaRole.Button, new() { Name = "Run allocation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Allocation finished: 2 sellers offered pitches, 1 seller without one.");
        var given = page.GetByRole(AriaRole.Table, new() { Name = "Pitches given" });
        await Expect(given).ToContainTextAsync("Orchard Farm");
        // The market takes one honey seller: the other is turned away, and the page says why.
        var without = page.GetByRole(AriaRole.Table, new() { Name = "Sellers without a pitch, and why" });
        await Expect(without.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(without).ToContainTextAsync("Category full");
        await _checks.Visited(page, "manager-6-allocated");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Give the reason for the change" })).ToBeVisibleAsync();
        await _checks.Visited(page, "manager-7-override-errors");

        await page.GotoAsync($"/manage/sites/{estate.SiteId}/usage?Month=2026-11");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Use of spaces in November 2026");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Use of spaces by space" })).ToContainTextAsync("Seminar room");
        await Expect(page.Locator(".app-chart canvas")).ToHaveCountAsync(1);
        var csv = await page.APIRequest.GetAsync(await page.Locator("a[href*='/reports/usage/parts.csv']").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, csv.Status);
        Assert.Contains("Seminar room", await csv.TextAsync());
        await _checks.Visited(page, "manager-8-usage");

        await page.GotoAsync($"/manage/trusts/{estate.TrustId}/social-value");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Social-value statement");
        var docx = await page.APIRequest.GetAsync(await page.GetByRole(AriaRole.Link, new() { Name = "Download the statement (.docx)" }).GetAttributeAsync("href") ?? "");
        Assert.Equal(200, docx.Status);
        await _checks.Visited(page, "manager-9-social-value");

        // The report downloads under /api still want a bearer token, whatever cookie the browser holds.
        var api = await page.APIRequest.GetAsync($"/api/trusts/{estate.TrustId}/reports/social-value.docx?quarter=2026-27-Q3");
        Assert.Equal(401, api.Status);
    }

    /// <summary>The API tests' Saturday market at the estate's site, with three applicants, two of whom sell honey (the market takes one).</summary>
    private async Task MarketWithApplications(TestEstate estate)
    {
        var market = new TestMarket(server, estate.SiteId, "saturday", estate.Manager);
        await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Put($"/api/sites/{estate.SiteId}/markets/saturday", TestMarket.Definition(pitches: 3, powered: 1)));
        foreach (var (name, category, pitch) in new[] { ("Orchard Farm", "vegetables", "P1"), ("Hive Honey", "honey", "P2"), ("Bee Happy", "honey", "P3") })
        {
            var seller = await market.Seller(name, category: category);
            await ApiClient.Expect(HttpStatusCode.Created, await market.Apply(seller.Client, seller.SellerId, [pitch], category));
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
