using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace EstateCommons.Server.Auth;

public static class AuthSetup
{
    /// <summary>The scheme every request authenticates with: bearer tokens under <c>/api</c>, the sign-in cookie elsewhere.</summary>
    public const string ByPath = "EstateCommons";

    /// <summary>The web pages' sign-in cookie.</summary>
    public const string WebCookie = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>
    /// Bearer tokens from ASP.NET Core's own token handler, protected by Data Protection keys kept where every silo
    /// finds them (see <see cref="SigningKeys"/>), so tokens survive a restart. A token names the account only; roles are
    /// read fresh per request. The web pages sign in with a cookie protected by the same keys; the API never reads
    /// it, so a browser's cookie cannot make an API call on its own and API callers keep getting 401s, not redirects.
    /// </summary>
    public static WebApplicationBuilder AddEstateCommonsAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName("EstateCommons");
        builder.Services.AddEstateCommonsSigningKeys();
        builder.Services.AddAuthentication(ByPath)
            .AddPolicyScheme(ByPath, "Bearer tokens for the API, the cookie for pages", o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") ? BearerTokenDefaults.AuthenticationScheme : WebCookie)
            .AddBearerToken(o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddCookie(WebCookie, o =>
            {
                o.Cookie.Name = "EstateCommons.SignIn";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/sign-in";
                o.LogoutPath = "/sign-out";
                o.AccessDeniedPath = "/";
            });
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton<PasswordHashing>();
        builder.Services.AddScoped<CallerAccessor>();
        return builder;
    }
}
