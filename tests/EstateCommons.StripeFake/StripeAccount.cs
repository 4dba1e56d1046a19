using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace EstateCommons.StripeFake;

/// <summary>
/// Everything the fake Stripe account holds: its objects as the JSON Stripe would return, and what Stripe knows but
/// does not show (line items, the card behind a payment method, how much of a payment is refunded). One request or
/// test control at a time goes through <see cref="Gate"/>.
/// </summary>
internal sealed class StripeAccount(TimeProvider clock)
{
    private readonly Dictionary<string, JsonObject> objects = [];

    public object Gate { get; } = new();

    /// <summary>Where the fake listens, known once it has started; hosted pages and links point there.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>The payment intent settings of a checkout session or payment link, applied when it is paid.</summary>
    public Dictionary<string, JsonObject> PaymentIntentData { get; } = [];

    /// <summary>What a checkout session or payment link charges, per unit and in all.</summary>
    public Dictionary<string, (long Amount, string Currency)> Totals { get; } = [];

    /// <summary>The test card behind each payment method (see <see cref="FakeCards"/>).</summary>
    public Dictionary<string, string> Cards { get; } = [];

    public Dictionary<string, long> Refunded { get; } = [];

    public long Now => clock.GetUtcNow().ToUnixTimeSeconds();

    public string NewId(string prefix) =>
        $"{prefix}_{Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant()}";

    public JsonObject Add(JsonObject resource)
    {
        objects[(string)resource["id"]!] = resource;
        return resource;
    }

    public JsonObject? Find(string id, string type) =>
        objects.TryGetValue(id, out var resource) && (string?)resource["object"] == type ? resource : null;

    public JsonObject? Find(string id) => objects.GetValueOrDefault(id);

    public int Count(string type) => objects.Values.Count(resource => (string?)resource["object"] == type);

    /// <summary>A new object of <paramref name="type"/> with the fields every Stripe object has.</summary>
    public JsonObject Create(string type, string idPrefix) => Add(new JsonObject
    {
        ["id"] = NewId(idPrefix),
        ["object"] = type,
        ["created"] = Now,
        ["livemode"] = false,
    });
}
