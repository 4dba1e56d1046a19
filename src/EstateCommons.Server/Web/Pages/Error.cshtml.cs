using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;

namespace EstateCommons.Server.Web.Pages;

/// <summary>
/// The page shown for an unknown address (404), a refusal or a failure (500) on the web, reached by re-running the request
/// here, so it keeps the original status code; it has no handler methods, so it renders for whatever method the failed request used.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel : PageModel
{
    /// <summary>The status being explained; reached directly rather than re-run for an error, /error is itself not found.</summary>
    public int Code => field == 0 ? field = Read() : field;

    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    public string Heading => Code switch
    {
        StatusCodes.Status404NotFound => "Page not found",
        StatusCodes.Status403Forbidden => "You cannot see this page",
        < 500 => "Sorry, there is a problem with your request",
        _ => "Sorry, there is a problem with the service",
    };

    private int Read()
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null) return StatusCodes.Status500InternalServerError;
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null) return StatusCodes.Status404NotFound;
        return RouteData.Values["code"] is string text && int.TryParse(text, out var code) && code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError;
    }
}
