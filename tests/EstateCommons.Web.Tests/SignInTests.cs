using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EstateCommons.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebServer server, ITestOutputHelper output)
{
    private readonly PageChecks _checks = new(output);

    [Fact]
    public async Task A_wrong_password_is_shown_next_to_the_password_field_and_in_the_error_summary()
    {
        var email = await Registered("wrong-password");
        await using var browser = await server.NewContext();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/sign-in");
        await _checks.Visited(page, "sign-in-1-form");
        await SignIn(page, email, "not-the-password");

        await Assertions.Expect(page).ToHaveTitleAsync("Error: Sign in – EstateCommons");
        var passwordGroup = page.Locator(".nhsuk-form-group", new() { Has = page.GetByLabel("Password", new() { Exact = true }) });
        await Assertions.Expect(passwordGroup).ToHaveClassAsync("nhsuk-form-group nhsuk-form-group--error");
        await Assertions.Expect(passwordGroup.Locator(".nhsuk-error-message")).ToContainTextAsync("The email address or password is not right");
        await Assertions.Expect(page.Locator(".nhsuk-error-summary a[href='#Password']")).ToContainTextAsync("The email address or password is not right");
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync(email);
        await Assertions.Expect(page.GetByLabel("Password", new() { Exact = true })).ToHaveValueAsync("");
        await _checks.Visited(page, "sign-in-2-wrong-password");
    }

    [Fact]
    public async Task Registering_signs_you_in_and_you_can_sign_out_and_back_in()
    {
        var email = $"new-person-{Guid.NewGuid():N}@charity.example";
        await using var browser = await server.NewContext();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary li")).ToHaveTextAsync(
            ["Give your name.", "Give an email address, like name@example.org.", "Choose a password of at least 10 characters."]);
        await Assertions.Expect(page.Locator("#Name-error")).ToContainTextAsync("Give your name.");
        await _checks.Visited(page, "register-1-errors");

        await page.GetByLabel("Your name").FillAsync("Priya Shah");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Create a password").FillAsync(TestEstate.Password);
        await page.GetByLabel("I work at an NHS site").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Account" })).ToContainTextAsync("Priya Shah");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You're signed in" })).ToBeVisibleAsync();
        await _checks.Visited(page, "register-2-signed-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
        await _checks.Visited(page, "register-3-signed-out");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in again" }).ClickAsync();
        await SignIn(page, email, TestEstate.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Account" })).ToContainTextAsync("Priya Shah");
    }

    [Fact]
    public async Task Signing_in_works_with_JavaScript_turned_off()
    {
        var email = await Registered("no-javascript");
        await using var browser = await server.NewContext(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/sign-in?returnUrl=%2Fwhats-on");
        await _checks.AxeCheckWithoutJavaScript(page, server);
        await SignIn(page, email, TestEstate.Password);

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.Address, "/whats-on").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Account" })).ToContainTextAsync("Test person");
        await _checks.Screenshot(page, "sign-in-3-without-javascript");
        await _checks.AxeCheckWithoutJavaScript(page, server);
    }

    [Fact]
    public async Task The_API_still_answers_a_browser_signed_in_to_the_pages_with_401_problem_details()
    {
        var email = await Registered("api-unchanged");
        await using var browser = await server.NewContext();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await SignIn(page, email, TestEstate.Password);

        var me = await page.APIRequest.GetAsync("/api/accounts/me");

        Assert.Equal(401, me.Status);
        Assert.StartsWith("application/problem+json", me.Headers["content-type"]);
        Assert.Equal("urn:estatecommons:problem:unauthenticated", (await me.JsonAsync())?.GetProperty("type").GetString());
    }

    private async Task<string> Registered(string purpose)
    {
        var email = $"{purpose}-{Guid.NewGuid():N}@charity.example";
        await TestEstate.Register(server, email);
        return email;
    }

    private static async Task SignIn(IPage page, string email, string password)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
