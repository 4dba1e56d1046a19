using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Manager;

/// <summary>
/// A page of the estates manager's pages (under /manage): signed in to reach, and refused as the API refuses, with the
/// API's own access checks (<c>SitesApi.ManagedSite</c>, <c>ReportAccess</c> and the rest), whose answer the page shows
/// in words with the same status code.
/// </summary>
[Authorize]
public abstract class ManagerPage : PageModel
{
    /// <summary>Why the page is refused (such as "Only managers of trust ... may do this."), or null.</summary>
    public string? Refusal { get; private set; }

    public string RefusalTitle { get; private set; } = "";

    /// <summary>Shows the refusal on the page in place of its content, with the problem's status code.</summary>
    protected IActionResult Refuse(ProblemHttpResult problem)
    {
        Response.StatusCode = problem.StatusCode;
        (RefusalTitle, Refusal) = problem.StatusCode switch
        {
            StatusCodes.Status404NotFound => ("Page not found", $"We could not find that. {problem.ProblemDetails.Detail}"),
            StatusCodes.Status403Forbidden => ("You cannot see this page", problem.ProblemDetails.Detail ?? "Only the trust's estates managers can see this."),
            _ => ("There is a problem", problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "Something in the address is not right."),
        };
        return Page();
    }

    /// <summary>A message for the next page after a change (post, then redirect), shown once.</summary>
    [TempData]
    public string? Done { get; set; }
}
