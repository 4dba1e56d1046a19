namespace EstateCommons.StripeFake;

/// <summary>
/// Stripe's idempotency keys: the first answer given under a key is kept, and the same key sent again with the same
/// request gets that answer again (nothing is done twice); with a different request it is refused.
/// </summary>
internal sealed class IdempotencyLedger
{
    private readonly Dictionary<string, (string Request, StripeAnswer Answer, string RequestId)> kept = [];

    /// <summary>The kept answer for this key and the id of the request that earned it, or a refusal if the key was used for something else.</summary>
    public (StripeAnswer Answer, string? OriginalRequestId)? Recall(string key, string request)
    {
        if (!kept.TryGetValue(key, out var earlier))
        {
            return null;
        }
        return earlier.Request == request ? (earlier.Answer, earlier.RequestId) : (StripeAnswer.IdempotencyConflict(key), null);
    }

    public void Keep(string key, string request, StripeAnswer answer, string requestId)
    {
        if (answer.Remembered)
        {
            kept[key] = (request, answer, requestId);
        }
    }
}
