using EstateCommons.Server.Hosting;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace EstateCommons.Server.Auth;

public static class AuthSetup
{
    /// <summary>
    /// Bearer tokens from ASP.NET Core's own token handler, protected by Data Protection keys kept in the data
    /// directory so tokens survive a restart. A token names the account only; roles are read fresh per request.
    /// </summary>
    public static WebApplicationBuilder AddEstateCommonsAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName("EstateCommons");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IOptions<EstateCommonsOptions>>((keys, app) =>
            keys.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(app.Value.FullDataPath, "keys")), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));
        builder.Services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme)
            .AddBearerToken(o => o.BearerTokenExpiration = TimeSpan.FromHours(8));
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton<PasswordHashing>();
        builder.Services.AddScoped<CallerAccessor>();
        return builder;
    }
}
