namespace EstateCommons.Server.Tests;

[Collection(MarketApiCollection.Name)]
public sealed class OpenApiTests(EstateApi api)
{
    [Fact]
    public async Task The_openapi_document_describes_markets_sellers_footfall_whats_on_and_payments_and_says_who_may_call_each()
    {
        var document = await ApiClient.Expect(HttpStatusCode.OK, await api.Anonymous().Get("/openapi/v1.json"));
        var paths = document.GetProperty("paths");

        foreach (var path in new[]
        {
            "/api/sites/{siteId}/markets/{marketId}", "/api/sites/{siteId}/markets/{marketId}/days/{date}/applications",
            "/api/sites/{siteId}/markets/{marketId}/days/{date}/allocation", "/api/sites/{siteId}/markets/{marketId}/days/{date}/offers/{sellerId}/accept",
            "/api/sites/{siteId}/markets/{marketId}/days/{date}/takings", "/api/sites/{siteId}/markets/{marketId}/days/{date}/fees",
            "/api/sellers", "/api/sellers/{sellerId}/documents", "/api/footfall/batches", "/api/sites/{siteId}/whats-on",
            "/api/sites/{siteId}/calendar.ics", "/api/payments/stripe/webhook", "/api/sites/{siteId}/reconciliation",
            "/api/sites/{siteId}/reports/usage", "/api/trusts/{trustId}/reports/markets/{table}.csv", "/api/reports/usage",
            "/api/trusts/{trustId}/reports/social-value.docx",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }
        var unsaid = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value)))
            .Where(o => !o.Operation.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
            .Select(o => $"{o.Method} {o.Path}")
            .ToList();
        Assert.True(unsaid.Count == 0, $"Operations without a summary saying who may call: {string.Join(", ", unsaid)}");
    }
}
