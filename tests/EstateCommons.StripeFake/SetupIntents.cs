using System.Text.Json.Nodes;

namespace EstateCommons.StripeFake;

/// <summary>
/// The setup intent behind a setup-mode checkout session, made with the session and finished when the payer saves a
/// card.
/// </summary>
internal static class SetupIntents
{
    public static JsonObject Create(StripeAccount account, string? description, JsonObject metadata)
    {
        var intent = account.Create("setup_intent", "seti");
        intent["status"] = "requires_payment_method";
        intent["usage"] = "off_session";
        intent["description"] = description;
        intent["metadata"] = metadata;
        intent["customer"] = null;
        intent["payment_method"] = null;
        return intent;
    }

    public static void Succeed(StripeAccount account, string id, string customerId, string paymentMethodId)
    {
        var intent = account.Find(id, "setup_intent")!;
        intent["status"] = "succeeded";
        intent["customer"] = customerId;
        intent["payment_method"] = paymentMethodId;
    }
}
