using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EstateCommons.Web.Tests;

/// <summary>
/// A charity's journey: find a space by site, date, time, size, facilities and access; look at when it is free; book
/// it weekly; see, cancel one and add the bookings to a calendar. The API tests' estate: a room open all day, every
/// day, 24 hours' notice, payments off (so a charged booking is confirmed and invoiced). "Now" is Monday 23 November 2026.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CharityJourneyTests(WebServer server, ITestOutputHelper output)
{
    /// <summary>Monday 23 November 2026, 9am: the tests share the server's clock, and others move it.</summary>
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 9, 0);

    private readonly PageChecks _checks = new(output);

    [Fact]
    public async Task A_charity_books_a_weekly_room_and_cancels_one_occurrence()
    {
        server.Clock.Reset(Now);
        var estate = await TestEstate.Create(server);
        await using var browser = await server.NewContext();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/sign-in?returnUrl=%2Fspaces");
        await SignIn(page, estate.MemberEmail);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Find a space" })).ToBeVisibleAsync();
        await page.GetByLabel("Hospital site").SelectOptionAsync(estate.SiteId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByLabel("Day").FillAsync("1");
        await page.GetByLabel("Month").FillAsync("12");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("10:00");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("11:00");
        await page.GetByLabel("Number of people").FillAsync("12");
        await page.GetByLabel("projector").CheckAsync();
        await page.GetByLabel("Step-free access").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var results = page.GetByRole(AriaRole.List, new() { Name = "Spaces found" });
        await Expect(results.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(results).ToContainTextAsync("Free at this time");
        await Expect(page.GetByText("Free or not on Tuesday 1 December 2026, 10am to 11am.")).ToBeVisibleAsync();
        await _checks.Visited(page, "charity-1-find-a-space");

        await results.GetByRole(AriaRole.Link, new() { Name = "Seminar room", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Seminar room");
        await Expect(page.Locator("caption")).ToHaveTextAsync("Tuesday 1 December 2026");
        await _checks.Visited(page, "charity-2-space-day");
        await page.GetByRole(AriaRole.Link, new() { Name = "Show the whole week" }).ClickAsync();
        await Expect(page.Locator("caption")).ToHaveTextAsync("Week starting Monday 30 November 2026");
        await _checks.Visited(page, "charity-3-space-week");
        await page.GetByRole(AriaRole.Link, new() { Name = "Show Tue 1" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Book this time from 10am to 11am" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Book a space Seminar room");
        await Expect(page.GetByLabel("Carers Network")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Start time")).ToHaveValueAsync("10:00");
        await page.GetByLabel("Number of people coming").FillAsync("12");
        await page.GetByLabel("What is the booking for?").FillAsync("Carers' peer support");
        await page.GetByLabel("Every week, at the same time").CheckAsync();
        await page.GetByLabel("For how many weeks?").FillAsync("4");
        await _checks.Visited(page, "charity-4-book");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Booking confirmed");
        var made = page.GetByRole(AriaRole.List, new() { Name = "Bookings made" });
        await Expect(made.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(4);
        await Expect(made).ToContainTextAsync("Tuesday 22 December 2026, 10am to 11am");
        await Expect(page.GetByText("will be invoiced to your organisation")).ToBeVisibleAsync();
        var calendar = await page.APIRequest.GetAsync((await page.GetByRole(AriaRole.Link, new() { Name = "Add these bookings to your calendar" }).GetAttributeAsync("href"))!);
        Assert.Equal(200, calendar.Status);
        Assert.StartsWith("text/calendar", calendar.Headers["content-type"]);
        var ics = await calendar.TextAsync();
        Assert.Equal(4, Regex.Count(ics, "BEGIN:VEVENT"));
        Assert.Contains("DTSTART;TZID=Europe/London:20261208T100000", ics);
        await _checks.Visited(page, "charity-5-booked");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Your bookings" }).ClickAsync();
        var rows = page.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(4);
        await Expect(rows.GetByText("Confirmed")).ToHaveCountAsync(4);
        await _checks.Visited(page, "charity-6-my-bookings");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tuesday 8 December 2026, 10am to 11am" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tuesday 8 December 2026");
        await _checks.Visited(page, "charity-7-booking");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel this occurrence" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Are you sure you want to cancel this booking?");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Bookings to cancel" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await _checks.Visited(page, "charity-8-cancel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel it" }).ClickAsync();

        await Expect(page.GetByText("This booking has been cancelled.")).ToBeVisibleAsync();
        await Expect(page.Locator(".nhsuk-summary-list")).ToContainTextAsync("Cancelled");
        await _checks.Visited(page, "charity-9-cancelled");

        await page.GetByRole(AriaRole.Link, new() { Name = "Your bookings" }).Last.ClickAsync();
        await Expect(rows.Filter(new() { HasText = "8 December" })).ToContainTextAsync("Cancelled");
        await Expect(rows.GetByText("Confirmed")).ToHaveCountAsync(3);
        foreach (var date in new[] { "1 December", "15 December", "22 December" })
        {
            await Expect(rows.Filter(new() { HasText = date })).ToContainTextAsync("Confirmed");
        }
        await _checks.Visited(page, "charity-10-my-bookings-after-cancelling");
    }

    [Fact]
    public async Task The_core_booking_flow_works_with_JavaScript_turned_off()
    {
        server.Clock.Reset(Now);
        var estate = await TestEstate.Create(server);
        // Someone has the room on the third Tuesday, so a four-week series clashes once.
        await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2026-12-15T10:30", "2026-12-15T11:30")));
        await using var browser = await server.NewContext(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"/sign-in?returnUrl=%2Fspaces%2F{estate.SiteId}%2F{estate.SpaceId}%2Fbook");
        await SignIn(page, estate.MemberEmail);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Seminar room");
        await _checks.AxeCheckWithoutJavaScript(page, server);

        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();
        await Expect(page).ToHaveTitleAsync("Error: Book Seminar room – EstateCommons");
        await Expect(page.Locator("#Date-error")).ToContainTextAsync("Enter a real date");
        await Expect(page.Locator("#Purpose-error")).ToContainTextAsync("Say what the booking is for.");
        await _checks.Screenshot(page, "charity-nojs-1-errors");

        await page.GetByLabel("Day").FillAsync("1");
        await page.GetByLabel("Month").FillAsync("12");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("Start time").FillAsync("10:00");
        await page.GetByLabel("End time").FillAsync("11:00");
        await page.GetByLabel("Number of people coming").FillAsync("8");
        await page.GetByLabel("What is the booking for?").FillAsync("Young carers' drop-in");
        await page.GetByLabel("Every week, at the same time").CheckAsync();
        await page.GetByLabel("For how many weeks?").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();

        await Expect(page.Locator("#Start-error")).ToContainTextAsync("That time is already booked on 1 of the dates. Nothing was booked");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Dates that could not be booked" }))
            .ToHaveTextAsync("Tuesday 15 December 2026, 10am to 11am: already booked from 10:30am to 11:30am.");
        await Expect(page.Locator(".nhsuk-error-summary a[href='#Start']")).ToBeVisibleAsync();
        await _checks.Screenshot(page, "charity-nojs-2-clash");

        await page.GetByLabel("For how many weeks?").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Booking confirmed");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Bookings made" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await _checks.Screenshot(page, "charity-nojs-3-booked");
        await _checks.AxeCheckWithoutJavaScript(page, server);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tuesday 8 December 2026, 10am to 11am" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel this occurrence" }).ClickAsync();
        await _checks.AxeCheckWithoutJavaScript(page, server);
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel it" }).ClickAsync();
        await Expect(page.GetByText("This booking has been cancelled.")).ToBeVisibleAsync();
        await _checks.Screenshot(page, "charity-nojs-4-cancelled");
        await _checks.AxeCheckWithoutJavaScript(page, server);
    }

    private static async Task SignIn(IPage page, string email)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestEstate.Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
