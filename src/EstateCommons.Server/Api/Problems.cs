using EstateCommons.Domain;
using EstateCommons.Storage.Documents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

/// <summary>
/// RFC 9457 problem details with a stable <c>type</c> per kind of error, so clients can switch on it.
/// The types are URNs: stable names, not pages.
/// </summary>
public static class Problems
{
    public const string Prefix = "urn:estatecommons:problem:";
    public const string Validation = Prefix + "validation";
    public const string MalformedRequest = Prefix + "malformed-request";
    public const string RequestTooLarge = Prefix + "request-too-large";
    public const string NotFound = Prefix + "not-found";
    public const string AlreadyExists = Prefix + "already-exists";
    public const string Unauthenticated = Prefix + "unauthenticated";
    public const string Forbidden = Prefix + "forbidden";
    public const string BookingConflict = Prefix + "booking-conflict";
    public const string BookingRule = Prefix + "booking-rule";
    public const string BookingState = Prefix + "booking-state";
    public const string LicenceConflict = Prefix + "licence-conflict";
    public const string InvalidCredentials = Prefix + "invalid-credentials";
    public const string DocumentRefused = Prefix + "document-refused";
    public const string ServerError = Prefix + "server-error";
    public const string MarketDayTiming = Prefix + "market-day-timing";
    public const string MarketDayState = Prefix + "market-day-state";
    public const string PaymentUnavailable = Prefix + "payment-unavailable";

    public static ProblemHttpResult Invalid(IEnumerable<FieldError> errors)
    {
        var list = errors.ToList();
        return TypedResults.Problem(
            title: "Some of the details need correcting",
            detail: string.Join(" ", list.Select(e => e.Message)),
            statusCode: StatusCodes.Status400BadRequest,
            type: Validation,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = list.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            });
    }

    public static ProblemHttpResult Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

    public static ProblemHttpResult Missing(string what) =>
        TypedResults.Problem(title: $"{what} was not found", statusCode: StatusCodes.Status404NotFound, type: NotFound);

    public static ProblemHttpResult Exists(string detail) =>
        TypedResults.Problem(title: "That already exists", detail: detail, statusCode: StatusCodes.Status409Conflict, type: AlreadyExists);

    public static ProblemHttpResult SignInRequired() =>
        TypedResults.Problem(title: "Sign in first", detail: "Send a bearer token from POST /api/auth/token.", statusCode: StatusCodes.Status401Unauthorized, type: Unauthenticated);

    public static ProblemHttpResult CounterNotRecognised() =>
        TypedResults.Problem(title: "The counter's token was not recognised",
            detail: "Send \"Authorization: Counter <token>\" with the token given when the counter was registered. A revoked counter's token no longer works.",
            statusCode: StatusCodes.Status401Unauthorized, type: Unauthenticated);

    public static ProblemHttpResult NotAllowed(string detail) =>
        TypedResults.Problem(title: "You are not allowed to do that", detail: detail, statusCode: StatusCodes.Status403Forbidden, type: Forbidden);

    public static ProblemHttpResult WrongState(string detail) =>
        TypedResults.Problem(title: "The booking cannot change that way", detail: detail, statusCode: StatusCodes.Status409Conflict, type: BookingState);

    public static ProblemHttpResult PaymentProviderDown(string detail) =>
        TypedResults.Problem(title: "Payments cannot be taken just now", detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable, type: PaymentUnavailable);

    /// <summary>An upload the document store would not keep, with the store's <c>reason</c> code (too-large, unsupported-type, type-mismatch, empty).</summary>
    public static ProblemHttpResult Refused(DocumentRefusedException refused) =>
        TypedResults.Problem(
            title: "The document was not accepted",
            detail: refused.Message,
            statusCode: refused.Reason switch
            {
                DocumentRefusedException.TooLarge => StatusCodes.Status413PayloadTooLarge,
                DocumentRefusedException.UnsupportedType => StatusCodes.Status415UnsupportedMediaType,
                _ => StatusCodes.Status400BadRequest,
            },
            type: DocumentRefused,
            extensions: new Dictionary<string, object?> { ["reason"] = refused.Reason });
}
