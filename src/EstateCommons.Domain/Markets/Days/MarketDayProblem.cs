namespace EstateCommons.Domain.Markets;

/// <summary>Why a change to a market day was refused, in terms a client can switch on.</summary>
public enum MarketDayProblemKind
{
    /// <summary>The request names something the day does not hold (an application, an offer).</summary>
    NotFound,

    /// <summary>The details are wrong (see the field errors).</summary>
    Invalid,

    /// <summary>It is not the time for that: applications closed, an offer ran out, the market has not opened.</summary>
    WrongTime,

    /// <summary>The day is not in a state that allows it: already allocated, pitch not held, seller not confirmed.</summary>
    WrongState,

    /// <summary>The payment provider could not be reached; nothing changed, and it may work shortly.</summary>
    PaymentUnavailable,
}

/// <summary>A refused change: what kind of refusal, a sentence saying why, and field errors when details were wrong.</summary>
[GenerateSerializer, Immutable]
public sealed record MarketDayProblem(MarketDayProblemKind Kind, string Message, IReadOnlyList<FieldError> Errors)
{
    public static MarketDayProblem NotFound(string message) => new(MarketDayProblemKind.NotFound, message, []);

    public static MarketDayProblem Invalid(IReadOnlyList<FieldError> errors) =>
        new(MarketDayProblemKind.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);

    public static MarketDayProblem WrongTime(string message) => new(MarketDayProblemKind.WrongTime, message, []);

    public static MarketDayProblem WrongState(string message) => new(MarketDayProblemKind.WrongState, message, []);

    public static MarketDayProblem PaymentUnavailable(string message) => new(MarketDayProblemKind.PaymentUnavailable, message, []);
}
