namespace EstateCommons.StripeFake;

/// <summary>
/// The <c>line_items</c> of a checkout session or payment link, each priced inline with <c>price_data</c> (the fake
/// keeps no price catalogue), checked as Stripe checks them and added up.
/// </summary>
internal static class LineItems
{
    public static readonly string[] Shapes =
    [
        "line_items[n][quantity]",
        "line_items[n][price_data][currency]",
        "line_items[n][price_data][unit_amount]",
        "line_items[n][price_data][product_data][name]",
    ];

    /// <summary>The total and its currency, or why the items are refused.</summary>
    public static (long Amount, string Currency, StripeAnswer? Refusal) Total(StripeForm form)
    {
        var count = form.Count("line_items");
        if (count == 0)
        {
            return (0, "", StripeAnswer.MissingParameter("line_items"));
        }
        var amount = 0L;
        string? currency = null;
        for (var index = 0; index < count; index++)
        {
            var item = $"line_items[{index}]";
            var price = $"{item}[price_data]";
            foreach (var required in new[] { $"{price}[currency]", $"{price}[unit_amount]", $"{price}[product_data][name]" })
            {
                if (string.IsNullOrEmpty(form[required]))
                {
                    return (0, "", StripeAnswer.MissingParameter(required));
                }
            }
            if (!form.TryLong($"{price}[unit_amount]", out var unitAmount) || unitAmount < 0)
            {
                return (0, "", StripeAnswer.InvalidInteger($"{price}[unit_amount]", form[$"{price}[unit_amount]"]));
            }
            if (!form.TryLong($"{item}[quantity]", out var quantity) || quantity is < 1)
            {
                return (0, "", StripeAnswer.InvalidInteger($"{item}[quantity]", form[$"{item}[quantity]"]));
            }
            var itemCurrency = form[$"{price}[currency]"]!.ToLowerInvariant();
            if (currency is not null && itemCurrency != currency)
            {
                return (0, "", StripeAnswer.InvalidRequest("All line items must use the same currency.", $"{price}[currency]"));
            }
            currency = itemCurrency;
            amount += unitAmount!.Value * (quantity ?? 1);
        }
        if (amount < StripeAmounts.Minimum(currency!))
        {
            return (0, "", StripeAnswer.InvalidRequest(
                $"The total amount due must add up to at least {StripeAmounts.Show(StripeAmounts.Minimum(currency!), currency!)}.",
                "line_items", "amount_too_small"));
        }
        return (amount, currency!, null);
    }
}
