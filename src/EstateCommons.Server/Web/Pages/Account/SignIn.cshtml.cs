using EstateCommons.GrainInterfaces.Accounts;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EstateCommons.Server.Web.Pages.Account;

public sealed class SignInModel(IGrainFactory grains, PasswordHashing passwords) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPost()
    {
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), "Enter your email address.");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), "Enter your password.");
        if (!ModelState.IsValid) return Page();

        if (await AccountCredentials.Verify(Email, Password, grains, passwords) is not { } email)
        {
            ModelState.AddModelError(nameof(Password), "The email address or password is not right. Check them and try again.");
            return Page();
        }
        var profile = await grains.GetGrain<IAccountGrain>(email).GetProfile();
        await WebSignIn.As(HttpContext, email, profile?.DisplayName ?? email);
        return LocalRedirect(WebSignIn.Destination(ReturnUrl, Url));
    }
}
