using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Account;

/// <summary>Signing out is a POST (a form in the header), so a link elsewhere cannot sign someone out.</summary>
public sealed class SignOutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPost()
    {
        await HttpContext.SignOutAsync(AuthSetup.WebCookie);
        return RedirectToPage();
    }
}
