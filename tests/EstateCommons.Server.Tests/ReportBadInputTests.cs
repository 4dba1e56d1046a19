namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class ReportBadInputTests(EstateApi api)
{
    private const string Validation = "urn:estatecommons:problem:validation";
    private const string NotFound = "urn:estatecommons:problem:not-found";

    [Theory]
    [InlineData("to=2027-03-31", "from")]
    [InlineData("from=2027-03-01", "to")]
    [InlineData("from=1-3-2027&to=2027-03-31", "from")]
    [InlineData("from=2027-03-01&to=2027-02-30", "to")]
    [InlineData("from=2027-03-31&to=2027-03-01", "to")]
    [InlineData("from=2027-01-01&to=2028-01-02", "to")]
    [InlineData("from=2027-03-01&to=2027-03-31&by=fortnight", "by")]
    [InlineData("from=2027-03-01&to=2027-03-31&by=1", "by")]
    public async Task A_report_query_with_bad_dates_or_grouping_is_a_400_naming_the_field(string query, string field)
    {
        var estate = await TestEstate.Create(api);

        foreach (var path in new[] { $"/api/sites/{estate.SiteId}/reports/usage", $"/api/trusts/{estate.TrustId}/reports/markets/periods.csv" })
        {
            var problem = await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation, await estate.Manager.Get($"{path}?{query}"));
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        }
    }

    [Fact]
    public async Task A_whole_year_is_the_longest_report_and_the_grouping_defaults_to_months()
    {
        var estate = await TestEstate.Create(api);

        var leapYear = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get($"/api/sites/{estate.SiteId}/reports/usage?from=2027-04-01&to=2028-03-31"));

        Assert.Equal(12, leapYear.GetProperty("periods").GetArrayLength());
        Assert.Equal("month", leapYear.GetProperty("report").GetProperty("by").GetString());
    }

    [Theory]
    [InlineData("2027-Q1")]
    [InlineData("2027-29-Q1")]
    [InlineData("2027-28-Q5")]
    [InlineData("")]
    public async Task A_quarter_not_written_as_an_nhs_financial_quarter_is_a_400(string quarter)
    {
        var estate = await TestEstate.Create(api);

        var problem = await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation,
            await estate.Manager.Get($"/api/trusts/{estate.TrustId}/reports/social-value.docx?quarter={quarter}"));

        Assert.True(problem.GetProperty("errors").TryGetProperty("quarter", out _));
    }

    [Fact]
    public async Task Unknown_sites_trusts_spaces_and_tables_are_404s()
    {
        var estate = await TestEstate.Create(api);
        var admin = await api.Admin();
        const string march = "from=2027-03-01&to=2027-03-31";

        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, NotFound, await admin.Get($"/api/sites/no-such-site/reports/usage?{march}"));
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, NotFound, await admin.Get($"/api/trusts/no-such-trust/reports/markets?{march}"));
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, NotFound, await admin.Get("/api/trusts/no-such-trust/reports/social-value?quarter=2027-28-Q1"));
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, NotFound, await estate.Manager.Get($"/api/sites/{estate.SiteId}/reports/usage?{march}&spaceId=no-such-room"));
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, NotFound, await estate.Manager.Get($"/api/sites/{estate.SiteId}/reports/usage/bookings.csv?{march}"));
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, NotFound, await estate.Manager.Get($"/api/trusts/{estate.TrustId}/reports/markets/heatmap.csv?{march}"));
        var room = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get($"/api/sites/{estate.SiteId}/reports/usage?{march}&spaceId={estate.SpaceId}"));
        Assert.Equal("space", room.GetProperty("report").GetProperty("level").GetString());
    }
}
