using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EstateCommons.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SellerJourneyTests(WebServer server, ITestOutputHelper output)
{
    private readonly PageChecks _checks = new(output);

    [Fact]
    public async Task A_seller_applies_for_a_pitch_and_accepts_the_offer()
    {
        // The API tests' Saturday market, with P1 powered; a community enterprise's 100% concession leaves nothing to pay.
        var market = await TestMarket.Create(server, pitches: 3, powered: 1);
        var email = $"growers-{Guid.NewGuid():N}@sellers.example";
        var member = await TestEstate.Register(server, email);
        var created = await ApiClient.Expect(HttpStatusCode.Created, await member.Post("/api/sellers", new
        {
            businessName = "Community Growers",
            businessType = "Vcse",
            postcode = "B29 6JD",
            latitude = 52.45,
            longitude = -1.93,
            categories = new[] { "vegetables", "herbs" },
            needs = new { power = true },
            compliance = new
            {
                registration = new { council = "Birmingham City Council", reference = "FBR-GROWERS" },
                hygieneRating = 5,
                // Ends within 30 days of the market's "now", so the seller is warned.
                insurance = new { insurer = "Farmers Mutual", coverPence = 500_000_000L, expires = "2026-12-10" },
            },
        }));
        var sellerId = created.GetProperty("id").GetString()!;

        await using var browser = await server.NewContext();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/seller");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestEstate.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Community Growers");
        await Expect(page.Locator(".nhsuk-warning-callout")).ToContainTextAsync("Your public liability insurance ends on");
        await _checks.Visited(page, "seller-1-home");

        // An upload that is not a PDF, JPEG or PNG is refused next to the file field, and nothing is listed.
        await page.GetByLabel("Public liability insurance certificate").CheckAsync();
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "not a certificate"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload document" }).ClickAsync();
        await Expect(page.Locator("#DocumentFile-error")).ToBeVisibleAsync();
        await Expect(page.Locator(".nhsuk-error-summary a[href='#DocumentFile']")).ToBeVisibleAsync();
        await _checks.Visited(page, "seller-2-upload-refused");
        var pdf = new byte[2048];
        "%PDF-1.7\n"u8.ToArray().CopyTo(pdf, 0);
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "insurance.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload document" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("insurance.pdf");
        await _checks.Visited(page, "seller-3-uploaded");

        await page.GetByRole(AriaRole.Link, new() { Name = "Market days and your pitches" }).ClickAsync();
        // Other tests' markets share the name, so this market's day is found by its address.
        var apply = page.Locator($"a[href='/seller/{sellerId}/market-days/{market.SiteId}/{market.MarketId}/{TestMarket.Day}/apply']");
        await Expect(apply).ToHaveAccessibleNameAsync("Apply for a pitch at Saturday Farmers' Market on Saturday 5 December 2026");
        await _checks.Visited(page, "seller-4-market-days");
        await apply.ClickAsync();

        var map = page.GetByRole(AriaRole.List, new() { Name = "Pitch map of Saturday Farmers' Market" });
        await Expect(map.Locator(":scope > li")).ToHaveCountAsync(3);
        await Expect(map.Locator(":scope > li").First).ToContainTextAsync("Power");
        await _checks.Visited(page, "seller-5-apply");

        // A frontage that is not a number is shown next to its field, and no application is made.
        await page.GetByLabel("1st choice").SelectOptionAsync("P1");
        await page.GetByLabel("2nd choice").SelectOptionAsync("P2");
        await page.GetByLabel("Frontage you need, in metres (optional)").FillAsync("wide");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
        await Expect(page.Locator("#MinimumFrontageMetres-error")).ToContainTextAsync("Give the frontage in metres");
        await _checks.Visited(page, "seller-6-apply-error");
        await page.GetByLabel("Frontage you need, in metres (optional)").FillAsync("3");
        await page.GetByLabel("herbs").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();

        await Expect(page.Locator(".nhsuk-tag")).ToHaveTextAsync("Applied");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Pitch P1, then P2");
        await _checks.Visited(page, "seller-7-applied");

        // The manager closes applications early and allocates, through the API.
        await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Post($"{market.DayPath}/allocation", new { seed = 7 }));

        await page.ReloadAsync();
        await Expect(page.Locator(".nhsuk-tag").First).ToHaveTextAsync("Pitch offered");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have been offered pitch P1" })).ToBeVisibleAsync();
        await _checks.Visited(page, "seller-8-offer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept the offer" }).ClickAsync();

        await Expect(page.Locator(".nhsuk-tag").First).ToHaveTextAsync("Confirmed");
        var fee = page.Locator(".nhsuk-summary-list").Nth(1);
        await Expect(fee).ToContainTextAsync("£25.00 a pitch, for 1 pitch.");
        await Expect(fee).ToContainTextAsync("100% off for your kind of business");
        await Expect(fee).ToContainTextAsync("You pay £0.00");
        await Expect(fee).ToContainTextAsync("Nothing to pay.");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Pitch map of Saturday Farmers' Market" })).ToContainTextAsync("Your pitch");
        await _checks.Visited(page, "seller-9-confirmed");

        // After the market closes the seller reports takings, checked before anything is stored.
        server.Clock.Reset(TestMarket.Closing + Duration.FromHours(3));
        await page.ReloadAsync();
        await page.GetByLabel("Takings for the day, in pounds").FillAsync("lots");
        await page.GetByRole(AriaRole.Button, new() { Name = "Report takings" }).ClickAsync();
        await Expect(page.Locator("#Takings-error")).ToContainTextAsync("Give the day's takings in pounds and pence");
        await _checks.Visited(page, "seller-10-takings-error");
        await page.GetByLabel("Takings for the day, in pounds").FillAsync("245.50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Report takings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("You reported takings of £245.50");
        await _checks.Visited(page, "seller-11-takings");

        var outcome = await market.Outcome(member, sellerId);
        Assert.Equal("confirmed", outcome.GetProperty("status").GetString());
        Assert.Equal(24550, outcome.GetProperty("takingsPence").GetInt64());
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
