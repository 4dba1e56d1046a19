namespace EstateCommons.StripeFake;

/// <summary>
/// One request the fake received, as a test would want to check it: which endpoint, with which parameters (by their
/// form keys, such as <c>metadata[paymentId]</c>), under which idempotency key and credentials, and how it was answered.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Parameters,
    string? IdempotencyKey,
    string? Authorization,
    string? StripeVersion,
    int Status,
    bool Replayed);
