using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.Payments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

public static class StripeWebhookApi
{
    public static RouteHandlerBuilder MapStripeWebhookApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/payments/stripe/webhook", Receive).AllowAnonymous().WithTags("Payments")
            .WithSummary("Stripe's event notifications. Only Stripe may call: each is verified by its Stripe-Signature header, and a bad or stale signature gets 400.");

    /// <summary>What happened to a notification: applied, or acknowledged without effect (a repeat, or not about one of our payments).</summary>
    public sealed record WebhookReceipt(string EventId, bool Applied, string? Note);

    private static async Task<Results<Ok<WebhookReceipt>, ProblemHttpResult>> Receive(HttpRequest request, IPaymentGateway gateway, IGrainFactory grains, IClock clock)
    {
        // The signature covers the exact bytes sent, so the body is read raw rather than bound as JSON.
        using var reader = new StreamReader(request.Body);
        var payload = await reader.ReadToEndAsync();
        PaymentNotification notification;
        try
        {
            notification = gateway.ReadNotification(payload, request.Headers["Stripe-Signature"].FirstOrDefault(), clock.GetCurrentInstant());
        }
        catch (PaymentNotificationRejectedException rejected)
        {
            return TypedResults.Problem(title: "The notification was not accepted", detail: rejected.Message,
                statusCode: StatusCodes.Status400BadRequest, type: Problems.WebhookRejected);
        }
        catch (PaymentProviderException unreachable)
        {
            // Reading some notifications needs a look-up at the provider; a 5xx makes Stripe deliver it again later.
            return Problems.Unavailable(unreachable.Message);
        }
        // Events we did not cause are acknowledged, so Stripe does not keep retrying them.
        if (notification.PaymentId is not { } paymentId) return TypedResults.Ok(new WebhookReceipt(notification.EventId, false, "Not about an EstateCommons payment."));
        var payment = grains.GetGrain<IPaymentGrain>(paymentId);
        if (await payment.Get() is null) return TypedResults.Ok(new WebhookReceipt(notification.EventId, false, "No such payment here."));
        var applied = await payment.Apply(notification);
        return TypedResults.Ok(new WebhookReceipt(notification.EventId, applied, applied ? null : "Already applied."));
    }
}
