using System.Text.Json;
using System.Text.Json.Serialization;

namespace EstateCommons.Benchmarks.Harness;

// The request and response shapes of signing in and setting up a site, written here rather than shared with the
// server so benchmarks exercise the wire format a real client sees.

public sealed record TokenRequest(string Email, string Password);

public sealed record TokenResponse(string AccessToken);

public sealed record CreateTrustRequest(string Id, string Name);

public sealed record CreateSiteRequest(string Id, string Name, string TimeZone, double Latitude, double Longitude, string Postcode);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(CreateTrustRequest))]
[JsonSerializable(typeof(CreateSiteRequest))]
internal sealed partial class EstateJson : JsonSerializerContext;
