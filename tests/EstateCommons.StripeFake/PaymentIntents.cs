using System.Text.Json.Nodes;

namespace EstateCommons.StripeFake;

/// <summary>
/// <c>POST /v1/payment_intents</c>: a charge, here confirmed at once against a saved card (<c>confirm=true</c>,
/// <c>off_session=true</c>), behaving as the <see cref="FakeCards"/> say; and the payment intents a paid checkout leaves.
/// </summary>
internal static class PaymentIntents
{
    private static readonly string[] Shapes =
        ["amount", "currency", "customer", "payment_method", "description", "off_session", "confirm", "metadata[*]", "expand[n]"];

    public static StripeAnswer Create(StripeAccount account, StripeForm form)
    {
        if (form.UnknownParameter(Shapes) is { } unknown)
        {
            return StripeAnswer.UnknownParameter(unknown);
        }
        if (Refusal(account, form) is { } refusal)
        {
            return refusal;
        }
        var currency = form["currency"]!.ToLowerInvariant();
        var intent = New(account, long.Parse(form["amount"]!), currency, form["description"], form.Map("metadata"));
        intent["customer"] = form["customer"];
        intent["payment_method"] = form["payment_method"];
        if (!form.IsTrue("confirm"))
        {
            intent["status"] = form["payment_method"] is null ? "requires_payment_method" : "requires_confirmation";
            return Resources.Answer(account, intent, form);
        }
        var card = account.Cards.GetValueOrDefault(form["payment_method"]!, form["payment_method"]!);
        return card switch
        {
            FakeCards.ChargeDeclined => Declined(intent, "card_declined", "generic_decline", "Your card was declined."),
            FakeCards.AuthenticationRequired => Declined(intent, "authentication_required", "authentication_required",
                "Your card was declined. This transaction requires authentication."),
            _ => Resources.Answer(account, Succeed(account, intent), form),
        };
    }

    /// <summary>The payment intent a checkout session or payment link creates when its payer pays with a card.</summary>
    public static JsonObject Paid(StripeAccount account, long amount, string currency, JsonObject settings, string? customerId)
    {
        var intent = Processing(account, amount, currency, settings);
        intent["customer"] = customerId;
        intent["payment_method"] = Payers.Card(account, FakeCards.Visa, customerId)["id"]!.GetValue<string>();
        return Succeed(account, intent);
    }

    /// <summary>A payment by bank debit: accepted, with the money days away.</summary>
    public static JsonObject Processing(StripeAccount account, long amount, string currency, JsonObject settings)
    {
        var intent = New(account, amount, currency, (string?)settings["description"], settings["metadata"]!.DeepClone().AsObject());
        intent["status"] = "processing";
        intent["payment_method"] = account.NewId("pm");
        return intent;
    }

    /// <summary>A bank debit's money arrived, or the bank refused it.</summary>
    public static void Settle(StripeAccount account, JsonObject intent, bool paid)
    {
        if (paid)
        {
            Succeed(account, intent);
            return;
        }
        intent["status"] = "requires_payment_method";
        intent["last_payment_error"] = new JsonObject
        {
            ["type"] = "invalid_request_error",
            ["code"] = "payment_method_provider_decline",
            ["message"] = "The customer's bank refused the debit.",
        };
    }

    /// <summary>The <c>payment_intent_data</c> a session or link passes on to the payment intent it creates when paid.</summary>
    public static JsonObject Settings(StripeForm form) => new()
    {
        ["description"] = form["payment_intent_data[description]"],
        ["metadata"] = form.Map("payment_intent_data[metadata]"),
    };

    /// <summary>The event Stripe sends about a payment intent in its current state.</summary>
    public static string EventType(JsonObject intent) => (string?)intent["status"] switch
    {
        "succeeded" => "payment_intent.succeeded",
        _ when intent["last_payment_error"] is not null => "payment_intent.payment_failed",
        var status => throw new InvalidOperationException($"A payment intent that is {status} has no event to send yet."),
    };

    private static StripeAnswer? Refusal(StripeAccount account, StripeForm form)
    {
        foreach (var required in new[] { "amount", "currency" })
        {
            if (form[required] is null)
            {
                return StripeAnswer.MissingParameter(required);
            }
        }
        if (!form.TryLong("amount", out var amount))
        {
            return StripeAnswer.InvalidInteger("amount", form["amount"]);
        }
        var currency = form["currency"]!.ToLowerInvariant();
        if (amount < StripeAmounts.Minimum(currency))
        {
            return StripeAnswer.InvalidRequest(
                $"Amount must be at least {StripeAmounts.Show(StripeAmounts.Minimum(currency), currency)}", "amount", "amount_too_small");
        }
        if (form["customer"] is { } customer && account.Find(customer, "customer") is null)
        {
            return StripeAnswer.NoSuchParameterObject("customer", "customer", customer);
        }
        if (form.IsTrue("off_session") && !form.IsTrue("confirm"))
        {
            return StripeAnswer.InvalidRequest("You can only pass `off_session` when confirming the PaymentIntent.", "off_session");
        }
        if (form["payment_method"] is not { } method)
        {
            return form.IsTrue("confirm") ? StripeAnswer.MissingParameter("payment_method") : null;
        }
        if (FakeCards.IsTestCard(method))
        {
            return null;
        }
        if (account.Find(method, "payment_method") is not { } saved)
        {
            return StripeAnswer.NoSuchParameterObject("payment_method", "PaymentMethod", method);
        }
        return (string?)saved["customer"] == form["customer"]
            ? null
            : StripeAnswer.InvalidRequest(
                $"The provided PaymentMethod {method} does not belong to the Customer {form["customer"]}.", "payment_method");
    }

    private static JsonObject New(StripeAccount account, long amount, string currency, string? description, JsonObject metadata)
    {
        var intent = account.Create("payment_intent", "pi");
        intent["amount"] = amount;
        intent["amount_received"] = 0;
        intent["currency"] = currency;
        intent["capture_method"] = "automatic";
        intent["confirmation_method"] = "automatic";
        intent["description"] = description;
        intent["metadata"] = metadata;
        intent["last_payment_error"] = null;
        intent["latest_charge"] = null;
        return intent;
    }

    private static JsonObject Succeed(StripeAccount account, JsonObject intent)
    {
        intent["status"] = "succeeded";
        intent["amount_received"] = intent["amount"]!.GetValue<long>();
        intent["latest_charge"] = account.NewId("ch");
        return intent;
    }

    // Stripe keeps the failed attempt on the intent, and sends the intent back inside the 402 error.
    private static StripeAnswer Declined(JsonObject intent, string code, string declineCode, string message)
    {
        intent["status"] = "requires_payment_method";
        intent["last_payment_error"] = new JsonObject
        {
            ["type"] = "card_error",
            ["code"] = code,
            ["decline_code"] = declineCode,
            ["message"] = message,
            ["payment_method"] = new JsonObject { ["id"] = intent["payment_method"]!.GetValue<string>(), ["object"] = "payment_method" },
        };
        return StripeAnswer.CardError(code, declineCode, message, intent);
    }
}
