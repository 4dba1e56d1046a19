using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EstateCommons.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class AvailabilityGridTests(WebServer server, ITestOutputHelper output)
{
    private readonly PageChecks _checks = new(output);

    [Fact]
    public async Task The_grid_spans_the_spaces_opening_hours_and_tells_booked_from_closed()
    {
        var estate = await TestEstate.Create(server);
        await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-02-03T10:00", "2027-02-03T12:00")));
        // Now open 9am to 5pm on weekdays only.
        var room = JsonSerializer.SerializeToNode(TestEstate.Room())!;
        room["openingHours"] = JsonSerializer.SerializeToNode(
            new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.ToDictionary(d => d, _ => new[] { new[] { "09:00", "17:00" } }));
        await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Put($"/api/sites/{estate.SiteId}/spaces/{estate.SpaceId}", room));

        await using var browser = await server.NewContext();
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/spaces/{estate.SiteId}/{estate.SpaceId}?date=2027-02-03");
        var rows = page.Locator("table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(8);
        await Assertions.Expect(rows.First.Locator("th")).ToHaveTextAsync("9am to 10am");
        await Assertions.Expect(rows.First.Locator(".nhsuk-tag")).ToHaveTextAsync("Free");
        await Assertions.Expect(rows.Nth(1).Locator(".nhsuk-tag")).ToHaveTextAsync("Booked");
        await Assertions.Expect(rows.Nth(2).Locator(".nhsuk-tag")).ToHaveTextAsync("Booked");
        await Assertions.Expect(rows.Last.Locator("th")).ToHaveTextAsync("4pm to 5pm");
        await _checks.Visited(page, "availability-day");

        await page.GotoAsync($"/spaces/{estate.SiteId}/{estate.SpaceId}?date=2027-02-03&view=week");
        // Saturday and Sunday are the last two columns, closed all day.
        await Assertions.Expect(rows.First.Locator("td").Nth(5)).ToHaveTextAsync("Closed");
        await Assertions.Expect(rows.First.Locator("td").Nth(6)).ToHaveTextAsync("Closed");
        await _checks.Visited(page, "availability-week");
    }
}
