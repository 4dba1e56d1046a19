using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;

namespace EstateCommons.Server.Auth;

public static class AuthSetup
{
    /// <summary>
    /// Bearer tokens from ASP.NET Core's own token handler, protected by Data Protection keys kept where every silo
    /// finds them (see <see cref="SigningKeys"/>), so tokens survive a restart. A token names the account only; roles are
    /// read fresh per request.
    /// </summary>
    public static WebApplicationBuilder AddEstateCommonsAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName("EstateCommons");
        builder.Services.AddEstateCommonsSigningKeys();
        builder.Services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme)
            .AddBearerToken(o => o.BearerTokenExpiration = TimeSpan.FromHours(8));
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton<PasswordHashing>();
        builder.Services.AddScoped<CallerAccessor>();
        return builder;
    }
}
