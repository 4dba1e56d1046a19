using System.Text.Json.Nodes;

namespace EstateCommons.StripeFake;

/// <summary>
/// <c>POST /v1/payment_links</c>: a reusable page for a price given inline, whose metadata is copied to the checkout
/// sessions it opens and whose <c>payment_intent_data</c> goes to the payments; and a payer paying through one.
/// </summary>
internal static class PaymentLinks
{
    private static readonly string[] Shapes =
    [
        "metadata[*]", "payment_intent_data[description]", "payment_intent_data[metadata][*]",
        "restrictions[completed_sessions][limit]", "expand[n]", .. LineItems.Shapes,
    ];

    public static StripeAnswer Create(StripeAccount account, StripeForm form)
    {
        if (form.UnknownParameter(Shapes) is { } unknown)
        {
            return StripeAnswer.UnknownParameter(unknown);
        }
        var (amount, currency, refusal) = LineItems.Total(form);
        if (refusal is not null)
        {
            return refusal;
        }
        if (!form.TryLong("restrictions[completed_sessions][limit]", out var limit) || limit is < 1)
        {
            return StripeAnswer.InvalidInteger("restrictions[completed_sessions][limit]", form["restrictions[completed_sessions][limit]"]);
        }
        var link = account.Create("payment_link", "plink");
        var id = (string)link["id"]!;
        var settings = PaymentIntents.Settings(form);
        link["active"] = true;
        link["url"] = $"{account.BaseUrl}/pay/{id}";
        link["currency"] = currency;
        link["metadata"] = form.Map("metadata");
        link["payment_intent_data"] = settings.DeepClone();
        link["restrictions"] = limit is null
            ? null
            : new JsonObject { ["completed_sessions"] = new JsonObject { ["count"] = 0, ["limit"] = limit } };
        account.Totals[id] = (amount, currency);
        account.PaymentIntentData[id] = settings;
        return Resources.Answer(account, link, form);
    }

    /// <summary>A payer paid through the link: a completed checkout session and a succeeded payment intent.</summary>
    public static JsonObject Pay(StripeAccount account, string id)
    {
        var link = account.Find(id, "payment_link") ?? throw new InvalidOperationException($"The fake has no payment link {id}.");
        if (link["active"]!.GetValue<bool>() is false)
        {
            throw new InvalidOperationException($"Payment link {id} is no longer active.");
        }
        var (amount, currency) = account.Totals[id];
        var intent = PaymentIntents.Paid(account, amount, currency, account.PaymentIntentData[id], customerId: null);
        var session = account.Create("checkout.session", "cs_test");
        session["mode"] = "payment";
        session["status"] = "complete";
        session["payment_status"] = "paid";
        session["url"] = null;
        session["amount_subtotal"] = amount;
        session["amount_total"] = amount;
        session["currency"] = currency;
        session["customer"] = null;
        session["expires_at"] = account.Now + 24 * 60 * 60;
        session["metadata"] = link["metadata"]!.DeepClone();
        session["payment_intent"] = intent["id"]!.GetValue<string>();
        session["payment_link"] = id;
        session["setup_intent"] = null;
        if (link["restrictions"]?["completed_sessions"] is JsonObject completed)
        {
            var count = completed["count"]!.GetValue<int>() + 1;
            completed["count"] = count;
            link["active"] = count < completed["limit"]!.GetValue<long>();
        }
        return session;
    }
}
