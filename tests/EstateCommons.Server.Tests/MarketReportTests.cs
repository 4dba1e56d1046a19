namespace EstateCommons.Server.Tests;

[Collection(MarketApiCollection.Name)]
public sealed class MarketReportTests(EstateApi api)
{
    /// <summary>
    /// Three local micro-businesses trade at the Saturday market on 5 December 2026 and two of them report takings
    /// (£312.50 and £180.00): a figure of two sellers' takings, which managers may see and a board statement may not.
    /// </summary>
    private static async Task<(TestMarket Market, string TrustId)> TradedDayWithTwoTakings(EstateApi api)
    {
        var market = await TestMarket.Create(api, pitches: 3, powered: 0);
        var sellers = await market.ThreeTraders();
        api.Clock.Reset(TestMarket.Closing + Duration.FromMinutes(10));
        await ApiClient.Expect(HttpStatusCode.OK, await sellers[0].Client.Put($"{market.DayPath}/takings/{sellers[0].Id}", new { takingsPence = 31_250 }));
        await ApiClient.Expect(HttpStatusCode.OK, await sellers[1].Client.Put($"{market.DayPath}/takings/{sellers[1].Id}", new { takingsPence = 18_000 }));
        var site = await ApiClient.Expect(HttpStatusCode.OK, await api.Anonymous().Get($"/api/sites/{market.SiteId}"));
        return (market, site.GetProperty("trustId").GetString()!);
    }

    [Fact]
    public async Task Managers_see_a_takings_figure_of_fewer_than_three_sellers_flagged_and_the_sellers_mix()
    {
        var (market, trustId) = await TradedDayWithTwoTakings(api);

        var report = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"/api/trusts/{trustId}/reports/markets?from=2026-12-01&to=2026-12-31&by=week"));

        var totals = report.GetProperty("totals");
        // Every Saturday the market is to trade counts, with its three pitches; only the 5th was let (all three).
        var days = totals.GetProperty("marketDays").GetInt32();
        Assert.InRange(days, 2, 3);
        Assert.Equal((3L * days, 3L), (totals.GetProperty("pitchDays").GetInt64(), totals.GetProperty("pitchDaysLet").GetInt64()));
        Assert.Equal(Math.Round(100m / days, 1), totals.GetProperty("occupancyPercent").GetDecimal());
        Assert.Equal(Math.Round(1m / days, 2), totals.GetProperty("applicationsPerPitch").GetDecimal());
        Assert.Equal((3, 3, 100m), (totals.GetProperty("sellers").GetInt32(), totals.GetProperty("localSellers").GetInt32(), totals.GetProperty("localSellerPercent").GetDecimal()));
        Assert.Equal(3, totals.GetProperty("sellersByBusinessType").GetProperty("micro").GetInt32());
        Assert.Equal(100m, totals.GetProperty("smePercent").GetDecimal());
        var takings = totals.GetProperty("takings");
        Assert.Equal(49_250, takings.GetProperty("pence").GetInt64());
        Assert.Equal(2, takings.GetProperty("sellers").GetInt32());
        Assert.False(takings.GetProperty("withheld").GetBoolean());
        Assert.True(takings.GetProperty("fewerThanThreeSellers").GetBoolean());
        Assert.Equal(100m, totals.GetProperty("localTakingsPercent").GetDecimal());
        Assert.Equal(market.SiteId, Assert.Single(report.GetProperty("parts").EnumerateArray()).GetProperty("id").GetString());
        Assert.DoesNotContain("sellerId", report.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Market_csv_tables_add_up_to_the_json_report()
    {
        var (market, _) = await TradedDayWithTwoTakings(api);
        var path = $"/api/sites/{market.SiteId}/reports/markets";
        const string query = "?from=2026-11-01&to=2026-12-31&by=month";

        var json = (await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get(path + query))).GetProperty("totals");
        var periods = await ReportDownloads.Csv(market.Manager, $"{path}/periods.csv{query}");
        var parts = await ReportDownloads.Csv(market.Manager, $"{path}/parts.csv{query}");
        var types = await ReportDownloads.Csv(market.Manager, $"{path}/business-types.csv{query}");
        var hours = await ReportDownloads.Csv(market.Manager, $"{path}/footfall-hours.csv{query}");

        Assert.Equal(["2026-11", "2026-12"], periods.Select(p => p["label"]));
        Assert.Equal("Saturday Farmers' Market", Assert.Single(parts)["label"]);
        var expected = new[] { "marketDays", "pitchDays", "pitchDaysLet", "applications", "sellers" }
            .ToDictionary(c => c, c => json.GetProperty(c).GetInt64());
        expected["takingsPence"] = json.GetProperty("takings").GetProperty("pence").GetInt64();
        foreach (var (column, total) in expected)
        {
            Assert.Equal(total, ReportDownloads.Sum(periods.Where(p => p[column] != ""), column));
            Assert.Equal(total, ReportDownloads.Sum(parts.Where(p => p[column] != ""), column));
        }
        Assert.Equal(json.GetProperty("sellers").GetInt64(), ReportDownloads.Sum(types, "sellers"));
        Assert.Equal(json.GetProperty("footfall").GetInt64(), ReportDownloads.Sum(hours, "visitors"));
    }

    [Fact]
    public async Task The_board_statement_withholds_takings_of_fewer_than_three_sellers_that_the_managers_statement_shows()
    {
        var (market, trustId) = await TradedDayWithTwoTakings(api);
        var path = $"/api/trusts/{trustId}/reports/social-value";

        var managers = await ApiClient.Expect(HttpStatusCode.OK, await market.Manager.Get($"{path}?quarter=2026-27-Q3"));
        var (fileName, board) = await ReportDownloads.WordText(market.Manager, $"{path}.docx?quarter=2026-27-Q3");

        Assert.Equal(49_250, managers.GetProperty("markets").GetProperty("takings").GetProperty("pence").GetInt64());
        Assert.True(managers.GetProperty("markets").GetProperty("takings").GetProperty("fewerThanThreeSellers").GetBoolean());
        Assert.Equal($"{trustId}-2026-27-Q3-social-value.docx", fileName);
        Assert.Contains("2026/27 Q3, 1 October 2026 to 31 December 2026", board);
        Assert.Contains("withheld: fewer than 3 sellers reported takings", board);
        Assert.DoesNotContain("492.50", board);
        Assert.DoesNotContain("312.50", board);
        var days = managers.GetProperty("markets").GetProperty("marketDays").GetInt32();
        Assert.Contains($"Its food markets had {days} market days with {Math.Round(100m / days, 1):0.0}% of pitches let; 3 sellers traded, 3 of them local and 0 VCSE.", board);
    }
}
