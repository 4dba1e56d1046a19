using System.Text.Json;
using EstateCommons.Server.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace EstateCommons.Server.Hosting;

/// <summary>
/// Every API error leaves as problem details (web pages get an NHS.UK error page instead): unreadable bodies and oversized requests become 4xx with a stable type,
/// bare status codes (401, 404 for unknown routes, 405) get a body, and anything unexpected is a 500 without internals.
/// </summary>
public static class ErrorHandling
{
    public static WebApplicationBuilder AddEstateCommonsErrors(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var ours = context.ProblemDetails.Type?.StartsWith(Problems.Prefix, StringComparison.Ordinal) == true;
            context.ProblemDetails.Type = context.ProblemDetails.Status switch
            {
                StatusCodes.Status401Unauthorized => Problems.Unauthenticated,
                StatusCodes.Status403Forbidden => Problems.Forbidden,
                StatusCodes.Status404NotFound when !ours => Problems.NotFound,
                StatusCodes.Status413PayloadTooLarge when !ours => Problems.RequestTooLarge,
                _ => context.ProblemDetails.Type,
            };
        });
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        // Malformed bodies throw, so the handler above can say what was wrong instead of a bare 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue<long?>($"{EstateCommonsOptions.Section}:MaxRequestBodyBytes") ?? new EstateCommonsOptions().MaxRequestBodyBytes);
        return builder;
    }

    public static WebApplication UseEstateCommonsErrors(this WebApplication app)
    {
        // Pages answer a failure or an unknown address with a page a person can read, re-run at /error; the API with
        // problem details. One pipeline for both (not a branch), so the re-run is routed like any request.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use((context, next) => OnlyFor(context, next, page: true));
        app.UseStatusCodePages();
        app.Use((context, next) => OnlyFor(context, next, page: false));
        // Kestrel enforces the body limit as the body streams; this refuses a declared oversize body before any
        // work, and applies the same limit under hosts that do not enforce Kestrel's (such as the test server).
        app.Use(async (context, next) =>
        {
            // An endpoint may set its own limit: document uploads take files as large as the document store accepts.
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                ?? context.RequestServices.GetRequiredService<IOptions<EstateCommonsOptions>>().Value.MaxRequestBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = 413, Title = "The request is too large", Detail = $"Send at most {limit} bytes.", Type = Problems.RequestTooLarge },
                });
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
            await next(context);
        });
        return app;
    }

    /// <summary>Turns off the status code handler just outside, unless the request is a page (or, for the other, is not).</summary>
    private static Task OnlyFor(HttpContext context, RequestDelegate next, bool page)
    {
        if (IsPage(context) != page && context.Features.Get<IStatusCodePagesFeature>() is { } outer) outer.Enabled = false;
        return next(context);
    }

    private static bool IsPage(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/openapi");

    /// <summary>Anything unexpected from the API is a 500 as problem details, without internals; pages fall through to /error.</summary>
    private sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (IsPage(context)) return false;
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = { Status = StatusCodes.Status500InternalServerError } });
        }
    }

    private sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad) return false;
            var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
            context.Response.StatusCode = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                Exception = exception,
                ProblemDetails =
                {
                    Status = context.Response.StatusCode,
                    Type = tooLarge ? Problems.RequestTooLarge : Problems.MalformedRequest,
                    Title = tooLarge ? "The request is too large" : "The request could not be read",
                    Detail = Describe(bad),
                },
            });
        }

        private static string Describe(BadHttpRequestException bad) => bad.InnerException switch
        {
            JsonException json => $"The JSON body is not valid{(json.Path is { } path ? $" at {path}" : "")}: {json.Message.Split(" Path:")[0]}",
            _ => bad.Message,
        };
    }
}
