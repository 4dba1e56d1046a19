using System.Text.Json.Nodes;

namespace EstateCommons.StripeFake;

/// <summary>
/// One answer of the fake API: the HTTP status and JSON body Stripe would send. <see cref="Remembered"/> says whether
/// Stripe keeps it for its idempotency key: it does once the endpoint has started work (a success or a card decline),
/// not when the request was refused before that (bad parameters, a missing object, a bad key).
/// </summary>
internal sealed record StripeAnswer(int Status, string Body, bool Remembered)
{
    public static StripeAnswer Ok(JsonObject resource) => new(200, resource.ToJsonString(), Remembered: true);

    public static StripeAnswer InvalidRequest(string message, string? param = null, string? code = null) =>
        Error(400, "invalid_request_error", message, code, param);

    public static StripeAnswer MissingParameter(string param) =>
        InvalidRequest($"Missing required param: {param}.", param, "parameter_missing");

    public static StripeAnswer UnknownParameter(string param) =>
        InvalidRequest($"Received unknown parameter: {param}", param, "parameter_unknown");

    public static StripeAnswer InvalidInteger(string param, string? value) =>
        InvalidRequest($"Invalid integer: {value}", param, "parameter_invalid_integer");

    /// <summary>An object named by a request parameter does not exist.</summary>
    public static StripeAnswer NoSuchParameterObject(string param, string type, string id) =>
        InvalidRequest($"No such {type}: '{id}'", param, "resource_missing");

    /// <summary>The object in the URL does not exist.</summary>
    public static StripeAnswer NotFound(string type, string id) =>
        Error(404, "invalid_request_error", $"No such {type}: '{id}'", "resource_missing", "id");

    public static StripeAnswer UnknownUrl(string method, string path) =>
        Error(404, "invalid_request_error", $"Unrecognized request URL ({method}: {path}).", null, null);

    public static StripeAnswer Unauthorized(string message) => Error(401, "invalid_request_error", message, null, null);

    public static StripeAnswer IdempotencyConflict(string key) => Error(400, "idempotency_error",
        $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request.",
        null, null);

    public static StripeAnswer Outage() => Error(500, "api_error",
        "An unknown error occurred while processing your request. Please try again.", null, null);

    /// <summary>A declined card: HTTP 402, with the payment intent the attempt left behind, kept for replay.</summary>
    public static StripeAnswer CardError(string code, string declineCode, string message, JsonObject paymentIntent) =>
        new(402, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["type"] = "card_error",
                ["code"] = code,
                ["decline_code"] = declineCode,
                ["message"] = message,
                ["param"] = null,
                ["payment_intent"] = paymentIntent.DeepClone(),
            },
        }.ToJsonString(), Remembered: true);

    private static StripeAnswer Error(int status, string type, string message, string? code, string? param) =>
        new(status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["type"] = type,
                ["code"] = code,
                ["message"] = message,
                ["param"] = param,
            },
        }.ToJsonString(), Remembered: false);
}
