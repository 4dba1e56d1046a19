using System.Net.Http.Headers;

namespace EstateCommons.Server.Tests;

/// <summary>An HTTP client for the API that remembers its bearer token and reads JSON bodies.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task SignIn(string email, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/token", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await Json(response)).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public Task<HttpResponseMessage> Post(string path, object body) => http.PostAsJsonAsync(path, body);

    public Task<HttpResponseMessage> Put(string path, object body) => http.PutAsJsonAsync(path, body);

    public Task<HttpResponseMessage> Get(string path) => http.GetAsync(path);

    public Task<HttpResponseMessage> Delete(string path) => http.DeleteAsync(path);

    public static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Asserts the status and returns the body.</summary>
    public static async Task<JsonElement> Expect(HttpStatusCode status, HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Asserts an RFC 9457 problem response with the given status and type.</summary>
    public static async Task<JsonElement> ExpectProblem(HttpStatusCode status, string type, HttpResponseMessage response)
    {
        var body = await Expect(status, response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(type, body.GetProperty("type").GetString());
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        return body;
    }
}
