namespace EstateCommons.Payments.Stripe;

/// <summary>
/// Runs calls to Stripe and turns what can go wrong into the port's <see cref="PaymentProviderException"/>: an error
/// answer, no answer, or an answer too slow. The caller cancelling is not a provider failure and passes through.
/// </summary>
internal static class StripeCalls
{
    public static async Task<T> Run<T>(Func<Task<T>> call, string purpose, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (IsProviderFailure(e, cancellationToken))
        {
            throw Failure(e, purpose);
        }
    }

    public static T RunNow<T>(Func<T> call, string purpose)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (IsProviderFailure(e, CancellationToken.None))
        {
            throw Failure(e, purpose);
        }
    }

    public static PaymentProviderException Failure(Exception e, string purpose) => e switch
    {
        StripeException { StripeError: { } error } => new PaymentProviderException(
            $"Stripe could not {purpose} ({error.Type}{(error.Code is null ? "" : "/" + error.Code)}): {e.Message}", e),
        StripeException stripe => new PaymentProviderException(
            $"Stripe could not {purpose} (HTTP {(int)stripe.HttpStatusCode}): {e.Message}", e),
        HttpRequestException => new PaymentProviderException($"Stripe could not be reached to {purpose}: {e.Message}", e),
        _ => new PaymentProviderException($"Stripe did not answer in time to {purpose}.", e),
    };

    public static RequestOptions Keyed(string idempotencyKey) => new() { IdempotencyKey = idempotencyKey };

    // HttpClient reports its own timeout as a cancellation nobody asked for.
    public static bool IsProviderFailure(Exception e, CancellationToken cancellationToken) =>
        e is StripeException or HttpRequestException
        || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested);
}
