using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EstateCommons.StripeFake;

/// <summary>
/// The fake's HTTP face: the routes it serves, and what Stripe does around every request: the secret key checked
/// (<c>Authorization: Bearer sk_test_…</c>), a POST's <c>Idempotency-Key</c> honoured, the request logged, and the answer
/// sent as JSON with Stripe's headers.
/// </summary>
internal sealed class StripeApi(StripeAccount account, string secretKey)
{
    private readonly IdempotencyLedger ledger = new();
    private readonly List<RecordedRequest> requests = [];
    private int outages;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (account.Gate)
            {
                return requests.ToList();
            }
        }
    }

    /// <summary>The next <paramref name="count"/> requests get a 500 before anything is done, as in an outage.</summary>
    public void FailNext(int count)
    {
        lock (account.Gate)
        {
            outages = count;
        }
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/checkout/sessions", http => Serve(http, form => CheckoutSessions.Create(account, form)));
        routes.MapGet("/v1/checkout/sessions/{id}", http => Serve(http, form => Resources.Retrieve(account, "checkout.session", Id(http), form)));
        routes.MapPost("/v1/checkout/sessions/{id}/expire", http => Serve(http, form => CheckoutSessions.Expire(account, Id(http), form)));
        routes.MapGet("/v1/setup_intents/{id}", http => Serve(http, form => Resources.Retrieve(account, "setup_intent", Id(http), form)));
        routes.MapPost("/v1/payment_intents", http => Serve(http, form => PaymentIntents.Create(account, form)));
        routes.MapPost("/v1/refunds", http => Serve(http, form => Refunds.Create(account, form)));
        routes.MapPost("/v1/payment_links", http => Serve(http, form => PaymentLinks.Create(account, form)));
        routes.MapFallback(http => Serve(http, _ => StripeAnswer.UnknownUrl(http.Request.Method, http.Request.Path)));
    }

    private async Task Serve(HttpContext http, Func<StripeForm, StripeAnswer> handle)
    {
        var request = http.Request;
        var form = StripeForm.Parse(request.HasFormContentType ? await request.ReadFormAsync() : request.Query);
        var key = Header(request, "Idempotency-Key");
        var authorization = Header(request, "Authorization");
        StripeAnswer answer;
        string requestId;
        string? originalRequestId;
        lock (account.Gate)
        {
            requestId = account.NewId("req");
            (answer, originalRequestId) = Decide(request.Method, request.Path, form, key, authorization, requestId, handle);
            requests.Add(new RecordedRequest(request.Method, request.Path, form.Values, key, authorization,
                Header(request, "Stripe-Version"), answer.Status, originalRequestId is not null));
        }
        var response = http.Response;
        response.StatusCode = answer.Status;
        response.ContentType = "application/json";
        response.Headers["Request-Id"] = requestId;
        if (key is not null)
        {
            response.Headers["Idempotency-Key"] = key;
        }
        if (originalRequestId is not null)
        {
            response.Headers["Idempotent-Replayed"] = "true";
            response.Headers["Original-Request"] = originalRequestId;
        }
        await response.WriteAsync(answer.Body);
    }

    private (StripeAnswer Answer, string? OriginalRequestId) Decide(string method, string path, StripeForm form, string? key,
        string? authorization, string requestId, Func<StripeForm, StripeAnswer> handle)
    {
        if (outages > 0)
        {
            outages--;
            return (StripeAnswer.Outage(), null);
        }
        if (Refusal(authorization) is { } refusal)
        {
            return (refusal, null);
        }
        // Stripe ignores idempotency keys on reads: a GET is safe to repeat anyway.
        if (method != HttpMethods.Post || key is null)
        {
            return (handle(form), null);
        }
        var fingerprint = $"{method} {path}?{form.Fingerprint()}";
        if (ledger.Recall(key, fingerprint) is { } recalled)
        {
            return recalled;
        }
        var answer = handle(form);
        ledger.Keep(key, fingerprint, answer, requestId);
        return (answer, null);
    }

    private StripeAnswer? Refusal(string? authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return StripeAnswer.Unauthorized(
                "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
        }
        const string bearer = "Bearer ";
        var given = authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? authorization[bearer.Length..].Trim() : "";
        return given == secretKey
            ? null
            : StripeAnswer.Unauthorized($"Invalid API Key provided: {(given.Length > 4 ? "sk_test_****" + given[^4..] : "****")}");
    }

    private static string Id(HttpContext http) => (string)http.Request.RouteValues["id"]!;

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;
}
