using System.Text.Json.Nodes;

namespace EstateCommons.StripeFake;

/// <summary>
/// Checkout Sessions: <c>POST /v1/checkout/sessions</c> in <c>payment</c> or <c>setup</c> mode,
/// <c>POST …/{id}/expire</c>, and what happens when the payer finishes the page or it lapses.
/// </summary>
internal static class CheckoutSessions
{
    private const long MinimumLifetime = 30 * 60;
    private const long MaximumLifetime = 24 * 60 * 60;

    private static readonly string[] Shapes =
    [
        "mode", "currency", "customer_email", "customer_creation", "success_url", "cancel_url", "expires_at", "expand[n]",
        "metadata[*]", "payment_intent_data[description]", "payment_intent_data[metadata][*]",
        "setup_intent_data[description]", "setup_intent_data[metadata][*]", .. LineItems.Shapes,
    ];

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
        var (amount, currency, itemsRefused) = form["mode"] == "payment" ? LineItems.Total(form) : (0, "", null);
        if (itemsRefused is not null)
        {
            return itemsRefused;
        }
        var session = account.Create("checkout.session", "cs_test");
        var id = (string)session["id"]!;
        session["mode"] = form["mode"];
        session["status"] = "open";
        session["url"] = $"{account.BaseUrl}/pay/{id}";
        session["success_url"] = form["success_url"];
        session["cancel_url"] = form["cancel_url"];
        session["customer"] = null;
        session["customer_creation"] = form["customer_creation"] ?? "if_required";
        session["customer_email"] = form["customer_email"];
        session["expires_at"] = form.TryLong("expires_at", out var expiresAt) && expiresAt is { } at ? at : account.Now + MaximumLifetime;
        session["metadata"] = form.Map("metadata");
        session["payment_intent"] = null;
        session["payment_link"] = null;
        if (form["mode"] == "payment")
        {
            session["amount_subtotal"] = amount;
            session["amount_total"] = amount;
            session["currency"] = currency;
            session["payment_status"] = "unpaid";
            session["setup_intent"] = null;
            account.Totals[id] = (amount, currency);
            account.PaymentIntentData[id] = PaymentIntents.Settings(form);
        }
        else
        {
            session["amount_subtotal"] = null;
            session["amount_total"] = null;
            session["currency"] = form["currency"]!.ToLowerInvariant();
            session["payment_status"] = "no_payment_required";
            session["setup_intent"] = SetupIntents.Create(
                account, form["setup_intent_data[description]"], form.Map("setup_intent_data[metadata]"))["id"]!.GetValue<string>();
        }
        return Resources.Answer(account, session, form);
    }

    public static StripeAnswer Expire(StripeAccount account, string id, StripeForm form)
    {
        if (form.UnknownParameter("expand[n]") is { } unknown)
        {
            return StripeAnswer.UnknownParameter(unknown);
        }
        if (account.Find(id, "checkout.session") is not { } session)
        {
            return StripeAnswer.NotFound("checkout.session", id);
        }
        if ((string?)session["status"] != "open")
        {
            return StripeAnswer.InvalidRequest(
                $"Only Checkout Sessions with a status in [\"open\"] can be expired. This Checkout Session has a status of \"{session["status"]}\".");
        }
        Close(session, "expired");
        return Resources.Answer(account, session, form);
    }

    /// <summary>The payer paid on the page: a succeeded payment intent carrying the session's <c>payment_intent_data</c>.</summary>
    public static JsonObject Pay(StripeAccount account, string id)
    {
        var session = Open(account, id, "payment");
        var (amount, currency) = account.Totals[id];
        var intent = PaymentIntents.Paid(account, amount, currency, account.PaymentIntentData[id], customerId: null);
        session["payment_intent"] = intent["id"]!.GetValue<string>();
        session["payment_status"] = "paid";
        Close(session, "complete");
        return session;
    }

    /// <summary>The payer chose a bank debit: the page is complete but unpaid until <see cref="Settle"/>.</summary>
    public static JsonObject PayByBankDebit(StripeAccount account, string id)
    {
        var session = Open(account, id, "payment");
        var (amount, currency) = account.Totals[id];
        var intent = PaymentIntents.Processing(account, amount, currency, account.PaymentIntentData[id]);
        session["payment_intent"] = intent["id"]!.GetValue<string>();
        Close(session, "complete");
        return session;
    }

    /// <summary>A bank debit's money arrived (<c>paid</c>) or was refused.</summary>
    public static JsonObject Settle(StripeAccount account, string id, bool paid)
    {
        var session = account.Find(id, "checkout.session");
        if (session is null || (string?)session["status"] != "complete" || (string?)session["payment_status"] != "unpaid")
        {
            throw new InvalidOperationException($"Checkout session {id} is not waiting for a bank debit.");
        }
        PaymentIntents.Settle(account, account.Find((string)session["payment_intent"]!, "payment_intent")!, paid);
        if (paid)
        {
            session["payment_status"] = "paid";
        }
        return session;
    }

    /// <summary>The payer saved <paramref name="card"/> on the page: a new customer owns it, and the setup intent names it.</summary>
    public static JsonObject SaveCard(StripeAccount account, string id, string card)
    {
        var session = Open(account, id, "setup");
        var customerId = Payers.Customer(account, (string?)session["customer_email"])["id"]!.GetValue<string>();
        var methodId = Payers.Card(account, card, customerId)["id"]!.GetValue<string>();
        SetupIntents.Succeed(account, (string)session["setup_intent"]!, customerId, methodId);
        session["customer"] = customerId;
        Close(session, "complete");
        return session;
    }

    /// <summary>The page reached its expiry unpaid.</summary>
    public static JsonObject Lapse(StripeAccount account, string id)
    {
        var session = Open(account, id, mode: null);
        Close(session, "expired");
        return session;
    }

    private static StripeAnswer? Refusal(StripeAccount account, StripeForm form)
    {
        var mode = form["mode"];
        if (mode is null)
        {
            return StripeAnswer.MissingParameter("mode");
        }
        if (mode is not ("payment" or "setup"))
        {
            return StripeAnswer.InvalidRequest($"Invalid mode: {mode} (this fake knows payment and setup).", "mode");
        }
        if (form["customer_creation"] is { } creation && creation is not ("always" or "if_required"))
        {
            return StripeAnswer.InvalidRequest($"Invalid customer_creation: {creation}", "customer_creation");
        }
        if (!form.TryLong("expires_at", out var expiresAt))
        {
            return StripeAnswer.InvalidInteger("expires_at", form["expires_at"]);
        }
        if (expiresAt < account.Now + MinimumLifetime)
        {
            return StripeAnswer.InvalidRequest(
                "The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.", "expires_at");
        }
        if (expiresAt > account.Now + MaximumLifetime)
        {
            return StripeAnswer.InvalidRequest(
                "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.", "expires_at");
        }
        return mode == "payment" ? PaymentModeRefusal(form) : SetupModeRefusal(form);
    }

    private static StripeAnswer? PaymentModeRefusal(StripeForm form) => form.Has("setup_intent_data")
        ? StripeAnswer.InvalidRequest("`setup_intent_data` can only be used in `setup` mode.", "setup_intent_data")
        : null;

    private static StripeAnswer? SetupModeRefusal(StripeForm form)
    {
        if (form.Has("line_items"))
        {
            return StripeAnswer.InvalidRequest("You cannot pass `line_items` in `setup` mode.", "line_items");
        }
        if (form.Has("payment_intent_data"))
        {
            return StripeAnswer.InvalidRequest("`payment_intent_data` can only be used in `payment` mode.", "payment_intent_data");
        }
        return form["currency"] is null ? StripeAnswer.MissingParameter("currency") : null;
    }

    private static JsonObject Open(StripeAccount account, string id, string? mode)
    {
        var session = account.Find(id, "checkout.session")
                      ?? throw new InvalidOperationException($"The fake has no checkout session {id}.");
        if ((string?)session["status"] != "open" || (mode is not null && (string?)session["mode"] != mode))
        {
            throw new InvalidOperationException(
                $"Checkout session {id} is {session["status"]} in {session["mode"]} mode; the payer cannot finish it that way.");
        }
        return session;
    }

    // A page that is no longer open takes no one anywhere.
    private static void Close(JsonObject session, string status)
    {
        session["status"] = status;
        session["url"] = null;
    }
}
