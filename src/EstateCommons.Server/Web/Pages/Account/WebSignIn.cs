using System.Security.Claims;
using EstateCommons.Server.Auth;
using Microsoft.AspNetCore.Authentication;

namespace EstateCommons.Server.Web.Pages.Account;

/// <summary>Signs a browser in with the pages' cookie, naming the account by email (as bearer tokens do) and showing its name.</summary>
internal static class WebSignIn
{
    public static Task As(HttpContext http, string email, string displayName)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, email), new Claim(ClaimTypes.Name, displayName)], AuthSetup.WebCookie);
        return http.SignInAsync(AuthSetup.WebCookie, new ClaimsPrincipal(identity));
    }

    /// <summary>Where to go after signing in: the page that asked, when it is on this site; otherwise home.</summary>
    public static string Destination(string? returnUrl, Microsoft.AspNetCore.Mvc.IUrlHelper url) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
