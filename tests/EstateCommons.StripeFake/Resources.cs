using System.Text.Json.Nodes;

namespace EstateCommons.StripeFake;

/// <summary>
/// How the fake answers with one of its objects: as it is now, with the fields named in <c>expand[]</c> (top-level ids
/// of other objects, such as a session's <c>setup_intent</c>) replaced by those objects, as Stripe does.
/// </summary>
internal static class Resources
{
    /// <summary><c>GET /v1/{resources}/{id}</c>: one object of <paramref name="type"/>, or 404.</summary>
    public static StripeAnswer Retrieve(StripeAccount account, string type, string id, StripeForm form)
    {
        if (form.UnknownParameter("expand[n]") is { } unknown)
        {
            return StripeAnswer.UnknownParameter(unknown);
        }
        return account.Find(id, type) is { } resource ? Answer(account, resource, form) : StripeAnswer.NotFound(type, id);
    }

    public static StripeAnswer Answer(StripeAccount account, JsonObject resource, StripeForm form)
    {
        var answer = resource.DeepClone().AsObject();
        foreach (var field in form.List("expand"))
        {
            if (answer[field] is JsonValue value && value.TryGetValue<string>(out var id) && account.Find(id) is { } related)
            {
                answer[field] = related.DeepClone();
            }
            else if (answer[field] is not null || !answer.ContainsKey(field))
            {
                return StripeAnswer.InvalidRequest($"This property cannot be expanded ({field}).", "expand");
            }
        }
        return StripeAnswer.Ok(answer);
    }
}
