using System.Text.Json.Nodes;

namespace EstateCommons.StripeFake;

/// <summary>
/// Event objects as Stripe delivers them to a webhook endpoint: <c>object: "event"</c>, the endpoint's
/// <c>api_version</c>, <c>created</c>, <c>type</c> and a snapshot of the object in <c>data.object</c>.
/// </summary>
internal static class StripeEvents
{
    public static (string Id, string Payload) Describe(StripeAccount account, string type, JsonObject subject, string apiVersion)
    {
        var id = account.NewId("evt");
        var payload = new JsonObject
        {
            ["id"] = id,
            ["object"] = "event",
            ["api_version"] = apiVersion,
            ["created"] = account.Now,
            ["data"] = new JsonObject { ["object"] = subject.DeepClone() },
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
        };
        return (id, payload.ToJsonString());
    }
}
