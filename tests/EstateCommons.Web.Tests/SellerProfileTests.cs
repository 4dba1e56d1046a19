using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EstateCommons.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SellerProfileTests(WebServer server, ITestOutputHelper output)
{
    private readonly PageChecks _checks = new(output);

    [Fact]
    public async Task A_new_seller_registers_their_business_changes_it_and_downloads_a_document()
    {
        var email = $"bakery-{Guid.NewGuid():N}@sellers.example";
        await TestEstate.Register(server, email);

        await using var browser = await server.NewContext();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/seller");
        await SignIn(page, email);

        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Your account does not sell at any market yet.");
        await _checks.Visited(page, "seller-profile-1-no-business");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register your business" }).ClickAsync();

        await page.GetByLabel("Business name").FillAsync("Kings Heath Bakery");
        await page.GetByLabel("Micro business (fewer than 10 staff)").CheckAsync();
        await page.GetByLabel("Business postcode").FillAsync("not a postcode");
        await page.GetByLabel("Latitude of your business").FillAsync("52.4355");
        await page.GetByLabel("Longitude of your business").FillAsync("-1.8931");
        await page.GetByLabel("What you sell").FillAsync("bread, cakes");
        await page.GetByLabel("Power").CheckAsync();
        await page.GetByLabel("Council you are registered with").FillAsync("Birmingham City Council");
        await page.GetByLabel("Registration reference").FillAsync("FBR-BAKERY");
        await page.GetByLabel("Food hygiene rating").SelectOptionAsync("4");
        await page.GetByLabel("Insurer").FillAsync("Traders Mutual");
        await page.GetByLabel("Amount of cover, in pounds").FillAsync("5000000");
        await page.GetByLabel("Day").FillAsync("31");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Year").FillAsync("2030");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register business" }).ClickAsync();

        // The API's postcode rule, next to the postcode, and in the summary; everything else typed is kept.
        await Expect(page.Locator("#Postcode-error")).ToContainTextAsync("Give a UK postcode");
        await Expect(page.Locator(".nhsuk-error-summary a[href='#Postcode']")).ToBeVisibleAsync();
        await Expect(page.Locator(".nhsuk-error-summary li")).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Business name")).ToHaveValueAsync("Kings Heath Bakery");
        await _checks.Visited(page, "seller-profile-2-register-error");
        await page.GetByLabel("Business postcode").FillAsync("b14 7ar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register business" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Kings Heath Bakery");
        var business = page.Locator(".nhsuk-summary-list").First;
        await Expect(business).ToContainTextAsync("Micro business (fewer than 10 staff)");
        await Expect(business).ToContainTextAsync("B14 7AR");
        await Expect(business).ToContainTextAsync("bread, cakes");
        await Expect(page.Locator(".nhsuk-summary-list").Nth(1)).ToContainTextAsync("Cover of £5000000.00, until Sunday 31 March 2030");
        await _checks.Visited(page, "seller-profile-3-registered");
        var sellerId = new Uri(page.Url).Segments.Last();

        await page.GetByRole(AriaRole.Link, new() { Name = "Change your business details" }).ClickAsync();
        await Expect(page.GetByLabel("What you sell")).ToHaveValueAsync("bread, cakes");
        await Expect(page.GetByLabel("Year")).ToHaveValueAsync("2030");
        await _checks.Visited(page, "seller-profile-4-edit");
        await page.GetByLabel("What you sell").FillAsync("bread, cakes, pies");
        await page.GetByLabel("Food hygiene rating").SelectOptionAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your business details have been saved.");
        await Expect(business).ToContainTextAsync("bread, cakes, pies");
        await Expect(page.Locator(".nhsuk-summary-list").Nth(1)).ToContainTextAsync("5 out of 5");

        var pdf = new byte[3000];
        "%PDF-1.7\n"u8.ToArray().CopyTo(pdf, 0);
        pdf[^1] = 42;
        await page.GetByLabel("Food hygiene certificate").CheckAsync();
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "hygiene.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload document" }).ClickAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = "hygiene.pdf" });
        await Expect(link).ToBeVisibleAsync();
        await _checks.Visited(page, "seller-profile-5-uploaded");

        // The page cookie downloads the document from the seller pages; the API's own route still wants a bearer token.
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("hygiene.pdf", download.SuggestedFilename);
        Assert.Equal(pdf, await File.ReadAllBytesAsync((await download.PathAsync())!));
        var href = await link.GetAttributeAsync("href");
        Assert.StartsWith($"/seller/{sellerId}/documents/", href);
        var api = await page.APIRequest.GetAsync($"/api/sellers/{sellerId}/documents/{href!.Split('/').Last()}");
        Assert.Equal(401, api.Status);
    }

    [Fact]
    public async Task Another_account_cannot_edit_or_download_from_a_seller_it_does_not_act_for()
    {
        var owner = await TestEstate.Register(server, $"owner-{Guid.NewGuid():N}@sellers.example");
        var created = await ApiClient.Expect(HttpStatusCode.Created, await owner.Post("/api/sellers", new
        {
            businessName = "Private Preserves", businessType = "SoleTrader", postcode = "B15 2TT", latitude = 52.45, longitude = -1.93, categories = new[] { "jam" },
        }));
        var sellerId = created.GetProperty("id").GetString()!;
        var stranger = $"stranger-{Guid.NewGuid():N}@sellers.example";
        await TestEstate.Register(server, stranger);

        await using var browser = await server.NewContext();
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/seller/{sellerId}/edit");
        var signedIn = await page.RunAndWaitForResponseAsync(() => SignIn(page, stranger), r => r.Url.EndsWith("/edit", StringComparison.Ordinal));
        Assert.Equal(404, signedIn.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        // The download answers as the API's access check does: not the stranger's to see.
        var document = await page.APIRequest.GetAsync($"/seller/{sellerId}/documents/00000000000000000000000000000000");
        Assert.Equal(403, document.Status);
        Assert.Contains("You cannot see this page", await document.TextAsync());
    }

    private static async Task SignIn(IPage page, string email)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestEstate.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
