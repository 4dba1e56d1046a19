using System.Text.Json.Nodes;

namespace EstateCommons.StripeFake;

/// <summary>The payer's side of a completed checkout: the customer Stripe creates and the card they saved or paid with.</summary>
internal static class Payers
{
    public static JsonObject Customer(StripeAccount account, string? email)
    {
        var customer = account.Create("customer", "cus");
        customer["email"] = email;
        customer["metadata"] = new JsonObject();
        return customer;
    }

    public static JsonObject Card(StripeAccount account, string card, string? customerId)
    {
        var method = account.Create("payment_method", "pm");
        method["type"] = "card";
        method["customer"] = customerId;
        method["card"] = new JsonObject
        {
            ["brand"] = "visa",
            ["last4"] = card switch
            {
                FakeCards.ChargeDeclined => "0341",
                FakeCards.AuthenticationRequired => "3155",
                _ => "4242",
            },
            ["exp_month"] = 12,
            ["exp_year"] = DateTime.UtcNow.Year + 3,
        };
        account.Cards[(string)method["id"]!] = card;
        return method;
    }
}
