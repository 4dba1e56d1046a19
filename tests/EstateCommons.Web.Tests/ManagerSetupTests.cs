using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EstateCommons.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class ManagerSetupTests(WebServer server, ITestOutputHelper output)
{
    private readonly PageChecks _checks = new(output);

    [Fact]
    public async Task A_manager_sets_up_a_space_with_its_hours_and_a_closure_then_a_licence_and_a_market()
    {
        server.Clock.Reset(TestMarket.BeforeClose);
        var estate = await TestEstate.Create(server);

        await using var context = await server.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/manage");
        await page.GetByLabel("Email address").FillAsync(estate.ManagerEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestEstate.Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Spaces at General Hospital", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Spaces");
        await _checks.Visited(page, "setup-1-spaces");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a space" }).ClickAsync();
        await page.GetByLabel("Space id").FillAsync("quiet-room");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Quiet room");
        await page.GetByLabel("Clinic room").CheckAsync();
        await page.GetByLabel("Capacity").FillAsync("8");
        await page.GetByLabel("Facilities (optional)").FillAsync("sink, wifi");
        await page.GetByLabel("Step-free access").CheckAsync();
        await page.GetByLabel("Closed on Saturdays").CheckAsync();
        await page.GetByLabel("Closed on Sundays").CheckAsync();
        // Monday closes before it opens: the error sits next to Monday's hours and nothing is saved.
        await page.GetByLabel("Opens on Monday").FillAsync("18:00");
        await page.GetByLabel("Closes on Monday").FillAsync("08:00");
        await page.GetByLabel("First day closed").FillAsync("2026-12-24");
        await page.GetByLabel("Last day closed").FillAsync("2026-12-26");
        await page.GetByLabel("Reason").FillAsync("Christmas");
        await page.GetByLabel("Hourly price, in pounds").FillAsync("12.50");
        await page.GetByLabel("Registered charity").FillAsync("50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the space" }).ClickAsync();
        var monday = page.GetByRole(AriaRole.Group, new() { Name = "Monday" });
        await Expect(monday.Locator(".nhsuk-error-message")).ToContainTextAsync("must end after it starts");
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("must end after it starts");
        await _checks.Visited(page, "setup-2-space-error");
        await ApiClient.Expect(HttpStatusCode.NotFound, await estate.Manager.Get($"/api/sites/{estate.SiteId}/spaces/quiet-room"));

        await page.GetByLabel("Closes on Monday").FillAsync("20:00");
        await page.GetByLabel("Opens on Monday").FillAsync("08:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the space" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You saved Quiet room.");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Spaces at General Hospital", Exact = true })).ToContainTextAsync("Quiet room");
        await _checks.Visited(page, "setup-3-space-saved");

        var space = await ApiClient.Expect(HttpStatusCode.OK, await server.Anonymous().Get($"/api/sites/{estate.SiteId}/spaces/quiet-room"));
        Assert.Equal("ClinicRoom", space.GetProperty("kind").GetString());
        Assert.Equal(8, space.GetProperty("capacity").GetInt32());
        Assert.Equal("08:00", space.GetProperty("openingHours").GetProperty("monday")[0][0].GetString());
        Assert.Equal(0, space.GetProperty("openingHours").GetProperty("sunday").GetArrayLength());
        Assert.Equal("Christmas", space.GetProperty("closures")[0].GetProperty("reason").GetString());
        Assert.Equal(1250, space.GetProperty("pricing").GetProperty("hourlyRatePence").GetInt64());
        Assert.True(space.GetProperty("accessibility").GetProperty("stepFreeAccess").GetBoolean());

        await page.GetByRole(AriaRole.Link, new() { Name = "Change Quiet room" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Days the space is closed" })).ToContainTextAsync("Christmas");
        await _checks.Visited(page, "setup-4-space-edit");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a co-location licence to this space" }).ClickAsync();
        await page.GetByLabel("Organisation id").FillAsync(estate.OrganisationId);
        await page.GetByLabel("First day of the licence").FillAsync("2027-01-04");
        await page.GetByLabel("Last day of the licence").FillAsync("2027-06-28");
        await page.GetByLabel("From on Tuesday").FillAsync("09:00");
        await page.GetByLabel("To on Tuesday").FillAsync("13:00");
        await page.GetByLabel("What the public sees (optional)").FillAsync("Carers Network drop-in");
        await _checks.Visited(page, "setup-5-licence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the licence" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You added a licence to Quiet room.");
        var licensed = await ApiClient.Expect(HttpStatusCode.OK, await server.Anonymous().Get($"/api/sites/{estate.SiteId}/spaces/quiet-room"));
        var licence = licensed.GetProperty("licences")[0];
        Assert.Equal(estate.OrganisationId, licence.GetProperty("organisationId").GetString());
        Assert.Equal("tuesday", licence.GetProperty("weekly")[0].GetProperty("day").GetString());

        await page.GotoAsync("/manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Markets at General Hospital" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a market" }).ClickAsync();
        await page.GetByLabel("Market id").FillAsync("friday-market");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Friday market");
        await page.GetByLabel("Where on the site (optional)").FillAsync("Main entrance plaza");
        await page.GetByLabel("Friday", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Opens at").FillAsync("10:00");
        await page.GetByLabel("Closes at").FillAsync("15:00");
        await page.GetByLabel("First market day").FillAsync("2027-01-08");
        await page.GetByLabel("Last market day").FillAsync("2027-06-25");
        await page.GetByLabel("The same fee for every pitch").CheckAsync();
        await page.GetByLabel("Fee per pitch, in pounds").FillAsync("25.00");
        await page.GetByLabel("Number of pitches").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the number of pitches" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Pitch layout" }).Locator("tbody tr")).ToHaveCountAsync(4);
        await page.GetByLabel("Pitch 2 has power").CheckAsync();
        await page.GetByLabel("Pitch 4 allows hot food").CheckAsync();
        await page.GetByLabel("Pitch 4 width in metres").FillAsync("6");
        await _checks.Visited(page, "setup-6-market");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the market" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You saved Friday market, with 4 pitches.");
        await _checks.Visited(page, "setup-7-market-saved");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change Friday market" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Pitch layout" }).Locator("tbody tr")).ToHaveCountAsync(4);
        await Expect(page.GetByLabel("Pitch 2 has power")).ToBeCheckedAsync();
        await _checks.Visited(page, "setup-8-market-edit");

        var market = await ApiClient.Expect(HttpStatusCode.OK, await server.Anonymous().Get($"/api/sites/{estate.SiteId}/markets/friday-market"));
        var pitches = market.GetProperty("pitches");
        Assert.Equal(4, pitches.GetArrayLength());
        Assert.True(pitches[1].GetProperty("power").GetBoolean());
        Assert.True(pitches[3].GetProperty("hotFoodAllowed").GetBoolean());
        Assert.Equal(6m, pitches[3].GetProperty("widthMetres").GetDecimal());
        Assert.Equal("flat", market.GetProperty("fee").GetProperty("kind").GetString());
        Assert.Equal(2500, market.GetProperty("fee").GetProperty("perPitchPence").GetInt64());
        Assert.Equal("friday", market.GetProperty("schedule").GetProperty("weekdays")[0].GetString());

        await page.GotoAsync("/manage");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Add a site to Trust {estate.TrustId[6..]}" }).ClickAsync();
        var siteId = $"{estate.SiteId}-annexe";
        await page.GetByLabel("Site id").FillAsync(siteId);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Hospital annexe");
        await page.GetByLabel("Postcode").FillAsync("not a postcode");
        await page.GetByLabel("Latitude").FillAsync("52.45");
        await page.GetByLabel("Longitude").FillAsync("-1.93");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the site" }).ClickAsync();
        await Expect(page.Locator("#Postcode-error")).ToContainTextAsync("Give a UK postcode");
        await _checks.Visited(page, "setup-9-site-error");
        await page.GetByLabel("Postcode").FillAsync("b29 6jd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the site" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You added Hospital annexe.");
        var site = await ApiClient.Expect(HttpStatusCode.OK, await server.Anonymous().Get($"/api/sites/{siteId}"));
        Assert.Equal("B29 6JD", site.GetProperty("postcode").GetString());
        Assert.Equal("Europe/London", site.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task A_manager_of_another_trust_cannot_open_the_setup_forms()
    {
        var estate = await TestEstate.Create(server);
        var other = await TestEstate.TrustWithSite(server, Guid.NewGuid().ToString("N")[..8]);

        await using var context = await server.NewContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/manage");
        await page.GetByLabel("Email address").FillAsync(other.ManagerEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestEstate.Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        foreach (var path in new[]
        {
            $"/manage/sites/{estate.SiteId}/spaces", $"/manage/sites/{estate.SiteId}/spaces/new", $"/manage/sites/{estate.SiteId}/spaces/{estate.SpaceId}/edit",
            $"/manage/sites/{estate.SiteId}/spaces/{estate.SpaceId}/licences/new", $"/manage/sites/{estate.SiteId}/markets/new", $"/manage/trusts/{estate.TrustId}/sites/new",
        })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(403, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You cannot see this page");
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
