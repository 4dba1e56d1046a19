using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

namespace EstateCommons.Benchmarks.Harness;

/// <summary>The setup calls of the EstateCommons HTTP API. Any answer other than the expected one stops the run.</summary>
public sealed class EstateApi(HttpClient http)
{
    public const string SiteTimeZone = "Europe/London";

    public HttpClient Http => http;

    public async Task<string> SignIn(string email, string password, CancellationToken cancellation)
    {
        var token = await Send(HttpMethod.Post, "/api/auth/token", new TokenRequest(email, password), EstateJson.Default.TokenRequest,
            null, HttpStatusCode.OK, EstateJson.Default.TokenResponse, cancellation);
        return token.AccessToken;
    }

    /// <summary>
    /// Creates a trust and a Europe/London hospital site in it as the platform admin, both named for the run, so a
    /// long-running server given with --url can be measured again and again. Returns the site's id.
    /// </summary>
    public async Task<string> CreateSite(string adminToken, string run, CancellationToken cancellation)
    {
        var trustId = $"bench-trust-{run}";
        var siteId = $"bench-site-{run}";
        await CreateTrust(adminToken, new CreateTrustRequest(trustId, "Benchmark NHS Trust"), cancellation);
        await AddSite(adminToken, trustId, new CreateSiteRequest(siteId, "Benchmark General Hospital", SiteTimeZone, 51.4988, -0.1180, "SE1 7EH"), cancellation);
        return siteId;
    }

    public Task CreateTrust(string adminToken, CreateTrustRequest trust, CancellationToken cancellation) =>
        Send(HttpMethod.Post, "/api/trusts", trust, EstateJson.Default.CreateTrustRequest, adminToken, HttpStatusCode.Created, cancellation);

    public Task AddSite(string token, string trustId, CreateSiteRequest site, CancellationToken cancellation) =>
        Send(HttpMethod.Post, $"/api/trusts/{trustId}/sites", site, EstateJson.Default.CreateSiteRequest, token, HttpStatusCode.Created, cancellation);

    public Task Send<TBody>(HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> bodyType, string? token, HttpStatusCode expected, CancellationToken cancellation) =>
        Exchange(method, path, body, bodyType, token, expected, cancellation);

    public async Task<TResult> Send<TBody, TResult>(
        HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> bodyType, string? token, HttpStatusCode expected,
        JsonTypeInfo<TResult> resultType, CancellationToken cancellation)
    {
        using var response = await Exchange(method, path, body, bodyType, token, expected, cancellation);
        return await response.Content.ReadFromJsonAsync(resultType, cancellation)
            ?? throw new BenchmarkFailure($"{method} {path} answered {(int)expected} with an empty body.");
    }

    public async Task<TResult> Get<TResult>(string path, JsonTypeInfo<TResult> resultType, CancellationToken cancellation, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellation);
        await EnsureStatus(response, HttpMethod.Get, path, HttpStatusCode.OK, cancellation);
        return await response.Content.ReadFromJsonAsync(resultType, cancellation)
            ?? throw new BenchmarkFailure($"GET {path} answered with an empty body.");
    }

    private async Task<HttpResponseMessage> Exchange<TBody>(
        HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> bodyType, string? token, HttpStatusCode expected, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, bodyType) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request, cancellation);
        try
        {
            await EnsureStatus(response, method, path, expected, cancellation);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task EnsureStatus(HttpResponseMessage response, HttpMethod method, string path, HttpStatusCode expected, CancellationToken cancellation)
    {
        if (response.StatusCode == expected) return;
        var body = await response.Content.ReadAsStringAsync(cancellation);
        throw new BenchmarkFailure($"{method} {path} answered {(int)response.StatusCode} instead of {(int)expected}: {body}");
    }
}
