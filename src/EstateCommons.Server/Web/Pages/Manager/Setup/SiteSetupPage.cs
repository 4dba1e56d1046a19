using EstateCommons.Domain.Estate;
using EstateCommons.Server.Api;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EstateCommons.Server.Web.Pages.Manager.Setup;

/// <summary>
/// A form that sets up something at a site: refused unless the caller manages the site (as the API refuses), and
/// saved through the API's own save, whose field errors the page shows next to the fields they belong to.
/// </summary>
public abstract class SiteSetupPage(IGrainFactory grains, CallerAccessor caller) : ManagerPage
{
    public Site? Site { get; private set; }

    protected IGrainFactory Grains => grains;

    /// <summary>Null when the caller manages the site; otherwise the refusal to show.</summary>
    protected async Task<IActionResult?> LoadSite(string siteId)
    {
        var (site, problem) = await SitesApi.ManagedSite(siteId, caller, grains);
        if (problem is not null) return Refuse(problem);
        Site = site;
        return null;
    }

    /// <summary>
    /// Saves with <paramref name="define"/> when the form has no problems of its own, then goes to <paramref name="next"/>
    /// saying what was done; otherwise shows every problem, and nothing is saved.
    /// </summary>
    protected async Task<IActionResult> Save<T>(List<FieldError> formErrors, Func<Task<(T? Saved, List<FieldError> Errors)>> define, Func<T, string> done, string next)
        where T : class
    {
        if (ModelState.IsValid && formErrors.Count == 0)
        {
            var (saved, apiErrors) = await define();
            if (saved is not null)
            {
                Done = done(saved);
                return RedirectToPage(next, new { siteId = Site!.Id });
            }
            formErrors.AddRange(apiErrors);
        }
        foreach (var error in formErrors) ModelState.AddModelError(FieldOf(error.Field), error.Message);
        return Page();
    }

    /// <summary>The model-state key an API field error belongs to ("" for the page as a whole).</summary>
    protected abstract string FieldOf(string apiField);
}
