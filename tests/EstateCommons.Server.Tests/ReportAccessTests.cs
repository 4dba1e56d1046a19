namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class ReportAccessTests(EstateApi api)
{
    private const string Forbidden = "urn:estatecommons:problem:forbidden";
    private const string Unauthenticated = "urn:estatecommons:problem:unauthenticated";
    private const string March = "from=2027-03-01&to=2027-03-31";

    [Fact]
    public async Task A_manager_of_another_trust_sees_none_of_its_reports()
    {
        var ours = await TestEstate.Create(api);
        var theirs = await TestEstate.Create(api);

        foreach (var path in new[]
        {
            $"/api/sites/{theirs.SiteId}/reports/usage?{March}", $"/api/sites/{theirs.SiteId}/reports/markets/periods.csv?{March}",
            $"/api/trusts/{theirs.TrustId}/reports/usage?{March}", $"/api/trusts/{theirs.TrustId}/reports/markets?{March}",
            $"/api/trusts/{theirs.TrustId}/reports/social-value?quarter=2026-27-Q4", $"/api/trusts/{theirs.TrustId}/reports/social-value.docx?quarter=2026-27-Q4",
        })
        {
            await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Manager.Get(path));
            await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await theirs.Member.Get(path));
        }
        await ApiClient.Expect(HttpStatusCode.OK, await theirs.Manager.Get($"/api/trusts/{theirs.TrustId}/reports/usage?{March}"));
    }

    [Fact]
    public async Task Nobody_signed_out_sees_a_report()
    {
        var estate = await TestEstate.Create(api);
        var anonymous = api.Anonymous();

        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated, await anonymous.Get($"/api/sites/{estate.SiteId}/reports/usage?{March}"));
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated, await anonymous.Get($"/api/trusts/{estate.TrustId}/reports/social-value.csv?quarter=2026-27-Q4"));
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated, await anonymous.Get($"/api/reports/markets?{March}"));
    }

    [Fact]
    public async Task Only_the_platform_admin_sees_the_whole_estate()
    {
        var estate = await TestEstate.Create(api);
        var admin = await api.Admin();

        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await estate.Manager.Get($"/api/reports/usage?{March}"));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await estate.Manager.Get($"/api/reports/markets/parts.csv?{March}"));
        var whole = await ApiClient.Expect(HttpStatusCode.OK, await admin.Get($"/api/reports/usage?{March}"));
        var markets = await ApiClient.Expect(HttpStatusCode.OK, await admin.Get($"/api/reports/markets?{March}"));
        var theirSite = await ApiClient.Expect(HttpStatusCode.OK, await admin.Get($"/api/sites/{estate.SiteId}/reports/usage?{March}"));

        Assert.Equal("estate", whole.GetProperty("report").GetProperty("level").GetString());
        Assert.Contains(whole.GetProperty("parts").EnumerateArray(), p => p.GetProperty("id").GetString() == estate.TrustId && p.GetProperty("label").GetString() == $"Trust {estate.TrustId[6..]}");
        Assert.Contains(markets.GetProperty("parts").EnumerateArray(), p => p.GetProperty("id").GetString() == estate.TrustId);
        Assert.Equal(estate.SiteId, theirSite.GetProperty("report").GetProperty("id").GetString());
    }
}
