namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class UsageReportTests(EstateApi api)
{
    /// <summary>
    /// A registered charity books the round-the-clock room for 10:00–12:30 on Wednesday 10 March 2027 at half the
    /// £60-an-hour rate. By hand: 150 minutes booked; £150 at the full rate, £75 charged, so 7,500 pence given in kind;
    /// March 2027 open for 31 days of 1,440 minutes less the hour lost when the clocks go forward on the 28th.
    /// </summary>
    private const long Booked = 150, InKind = 7_500, MarchMinutes = 31 * 1_440 - 60;

    private static async Task<TestEstate> BookedEstate(EstateApi api)
    {
        var estate = await TestEstate.Create(api);
        await ApiClient.Expect(HttpStatusCode.Created, await estate.Member.Post("/api/bookings", estate.Booking("2027-03-10T10:00", "2027-03-10T12:30")));
        return estate;
    }

    [Fact]
    public async Task Bookings_made_through_the_api_show_up_in_the_sites_utilisation_report()
    {
        var estate = await BookedEstate(api);

        var report = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get($"/api/sites/{estate.SiteId}/reports/usage?from=2027-03-01&to=2027-03-31&by=week"));

        var totals = report.GetProperty("totals");
        Assert.Equal(Booked, totals.GetProperty("bookedMinutes").GetInt64());
        Assert.Equal(Booked, totals.GetProperty("bookedMinutesByOrganisationKind").GetProperty("registeredCharity").GetInt64());
        Assert.Equal(InKind, totals.GetProperty("inKindPence").GetInt64());
        Assert.Equal(InKind, totals.GetProperty("inKindPenceByOrganisationKind").GetProperty("registeredCharity").GetInt64());
        Assert.Equal(MarchMinutes, totals.GetProperty("availableMinutes").GetInt64());
        Assert.Equal(0.3m, totals.GetProperty("utilisationPercent").GetDecimal());
        Assert.Equal(1, totals.GetProperty("bookings").GetInt32());
        Assert.Equal(["w/c 2027-03-01", "w/c 2027-03-08", "w/c 2027-03-15", "w/c 2027-03-22", "w/c 2027-03-29"],
            report.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("label").GetString()));
        var room = Assert.Single(report.GetProperty("parts").EnumerateArray());
        Assert.Equal(("room-1", "Seminar room", Booked), (room.GetProperty("id").GetString(), room.GetProperty("label").GetString(), room.GetProperty("usage").GetProperty("bookedMinutes").GetInt64()));
        var wednesday = report.GetProperty("heatmap").EnumerateArray().Single(d => d.GetProperty("weekday").GetString() == "wednesday");
        Assert.Equal([60L, 60L, 30L], wednesday.GetProperty("minutes").EnumerateArray().Skip(10).Take(3).Select(m => m.GetInt64()));
    }

    [Fact]
    public async Task Every_csv_table_adds_up_to_the_json_report()
    {
        var estate = await BookedEstate(api);
        var path = $"/api/sites/{estate.SiteId}/reports/usage";
        const string query = "?from=2027-03-01&to=2027-03-31&by=day";

        var json = (await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get(path + query))).GetProperty("totals");
        var periods = await ReportDownloads.Csv(estate.Manager, $"{path}/periods.csv{query}");
        var parts = await ReportDownloads.Csv(estate.Manager, $"{path}/parts.csv{query}");
        var kinds = await ReportDownloads.Csv(estate.Manager, $"{path}/organisation-kinds.csv{query}");
        var heatmap = await ReportDownloads.Csv(estate.Manager, $"{path}/heatmap.csv{query}");

        Assert.Equal(31, periods.Count);
        foreach (var column in new[] { "availableMinutes", "bookedMinutes", "inKindPence", "bookings" })
        {
            var expected = json.GetProperty(column).GetInt64();
            Assert.Equal(expected, ReportDownloads.Sum(periods, column));
            Assert.Equal(expected, ReportDownloads.Sum(parts, column));
        }
        Assert.Equal(json.GetProperty("bookedMinutes").GetInt64(), ReportDownloads.Sum(kinds, "bookedMinutes"));
        Assert.Equal(json.GetProperty("inKindPence").GetInt64(), ReportDownloads.Sum(kinds, "inKindPence"));
        Assert.Equal(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], heatmap.Select(r => r["weekday"]));
        Assert.Equal(25, heatmap[0].Count);
        Assert.Equal(json.GetProperty("bookedMinutes").GetInt64(), heatmap.Sum(r => Enumerable.Range(0, 24).Sum(h => long.Parse(r[$"{h:D2}:00"]))));
        Assert.Equal(Booked, long.Parse(periods.Single(p => p["id"] == "2027-03-10")["bookedMinutes"]));
    }

    [Fact]
    public async Task A_trust_report_has_a_row_per_site_and_the_estate_report_a_row_per_trust_for_the_admin()
    {
        var estate = await BookedEstate(api);
        const string query = "?from=2027-01-01&to=2027-03-31&by=quarter";

        var trust = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get($"/api/trusts/{estate.TrustId}/reports/usage{query}"));
        var whole = await ApiClient.Expect(HttpStatusCode.OK, await (await api.Admin()).Get($"/api/reports/usage{query}"));

        var site = Assert.Single(trust.GetProperty("parts").EnumerateArray());
        Assert.Equal((estate.SiteId, "General Hospital"), (site.GetProperty("id").GetString(), site.GetProperty("label").GetString()));
        Assert.Equal(Booked, site.GetProperty("usage").GetProperty("bookedMinutes").GetInt64());
        Assert.Equal("2026/27 Q4", Assert.Single(trust.GetProperty("periods").EnumerateArray()).GetProperty("label").GetString());
        var ours = whole.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("id").GetString() == estate.TrustId);
        Assert.Equal(Booked, ours.GetProperty("usage").GetProperty("bookedMinutes").GetInt64());
        Assert.Equal(InKind, ours.GetProperty("usage").GetProperty("inKindPence").GetInt64());
        Assert.True(whole.GetProperty("totals").GetProperty("bookedMinutes").GetInt64() >= Booked);
    }

    [Fact]
    public async Task The_quarterly_statement_for_the_board_carries_the_quarters_space_given_in_kind_and_vcse_hours()
    {
        var estate = await BookedEstate(api);
        var path = $"/api/trusts/{estate.TrustId}/reports/social-value";

        var statement = await ApiClient.Expect(HttpStatusCode.OK, await estate.Manager.Get($"{path}?quarter=2026-27-Q4"));
        var measures = await ReportDownloads.Csv(estate.Manager, $"{path}.csv?quarter=2026-27-Q4");
        var (fileName, text) = await ReportDownloads.WordText(estate.Manager, $"{path}.docx?quarter=2026-27-Q4");

        Assert.Equal(InKind, statement.GetProperty("inKindPence").GetInt64());
        Assert.Equal(Booked, statement.GetProperty("vcseTime").GetProperty("bookedMinutes").GetInt64());
        Assert.Equal(2.5m, statement.GetProperty("vcseTime").GetProperty("hours").GetDecimal());
        Assert.Equal(InKind.ToString(), measures.Single(m => m["measure"] == "inKind")["value"]);
        Assert.Equal($"{estate.TrustId}-2026-27-Q4-social-value.docx", fileName);
        Assert.Contains($"Trust {estate.TrustId["trust-".Length..]}", text);
        Assert.Contains("2026/27 Q4, 1 January 2027 to 31 March 2027", text);
        Assert.Contains("gave space worth £75.00 in kind", text);
        Assert.Contains("2.5 hours", text);
        Assert.Contains("How these figures are made", text);
    }
}
