namespace EstateCommons.StripeFake;

/// <summary><c>POST /v1/refunds</c>: some or all of a succeeded payment intent back to the card, never more than was paid.</summary>
internal static class Refunds
{
    private static readonly string[] Shapes = ["payment_intent", "amount", "metadata[*]", "expand[n]"];

    public static StripeAnswer Create(StripeAccount account, StripeForm form)
    {
        if (form.UnknownParameter(Shapes) is { } unknown)
        {
            return StripeAnswer.UnknownParameter(unknown);
        }
        if (form["payment_intent"] is not { } intentId)
        {
            return StripeAnswer.MissingParameter("payment_intent");
        }
        if (account.Find(intentId, "payment_intent") is not { } intent)
        {
            return StripeAnswer.NoSuchParameterObject("payment_intent", "payment_intent", intentId);
        }
        if ((string?)intent["status"] != "succeeded")
        {
            return StripeAnswer.InvalidRequest(
                $"This PaymentIntent ({intentId}) does not have a successful charge to refund.", "payment_intent");
        }
        if (!form.TryLong("amount", out var asked))
        {
            return StripeAnswer.InvalidInteger("amount", form["amount"]);
        }
        var currency = (string)intent["currency"]!;
        var left = intent["amount_received"]!.GetValue<long>() - account.Refunded.GetValueOrDefault(intentId);
        if (left == 0)
        {
            return StripeAnswer.InvalidRequest($"Charge {intent["latest_charge"]} has already been refunded.", null, "charge_already_refunded");
        }
        var amount = asked ?? left;
        if (amount < 1 || amount > left)
        {
            return StripeAnswer.InvalidRequest(
                $"Refund amount ({StripeAmounts.Show(amount, currency)}) is greater than unrefunded amount on charge ({StripeAmounts.Show(left, currency)})",
                "amount");
        }
        account.Refunded[intentId] = account.Refunded.GetValueOrDefault(intentId) + amount;
        var refund = account.Create("refund", "re");
        refund["amount"] = amount;
        refund["currency"] = currency;
        refund["payment_intent"] = intentId;
        refund["charge"] = intent["latest_charge"]!.GetValue<string>();
        refund["status"] = "succeeded";
        refund["reason"] = null;
        refund["metadata"] = form.Map("metadata");
        return Resources.Answer(account, refund, form);
    }
}
