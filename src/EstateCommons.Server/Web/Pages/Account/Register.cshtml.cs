using EstateCommons.Server.Auth;
using EstateCommons.Server.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Account;

public sealed class RegisterModel(IGrainFactory grains, PasswordHashing passwords) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public bool Seller { get; set; }

    [BindProperty]
    public bool Staff { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPost()
    {
        ModelState.AddFieldErrors(AccountCredentials.Check(Email, Password, Name), "name", "email", "password");
        if (!ModelState.IsValid) return Page();

        if (await AccountCredentials.Register(Email!, Password!, Name!, Seller, Staff, grains, passwords) is not { } profile)
        {
            ModelState.AddModelError(nameof(Email), AccountCredentials.AlreadyRegistered);
            return Page();
        }
        await WebSignIn.As(HttpContext, profile.Email, profile.DisplayName);
        return LocalRedirect(WebSignIn.Destination(ReturnUrl, Url));
    }
}
