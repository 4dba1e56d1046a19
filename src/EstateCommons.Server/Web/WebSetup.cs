using EstateCommons.Server.Api;

namespace EstateCommons.Server.Web;

/// <summary>
/// The server-rendered web pages (Razor Pages under Web/Pages), styled with the NHS.UK frontend built into
/// wwwroot/nhsuk. Every page works without JavaScript; forms carry antiforgery tokens, which Razor Pages check.
/// </summary>
public static class WebSetup
{
    public static WebApplicationBuilder AddEstateCommonsWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o => o.RootDirectory = "/Web/Pages");
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "EstateCommons.Antiforgery");
        return builder;
    }

    public static WebApplication MapEstateCommonsWeb(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapRazorPages();
        app.MapReportDownloads("/manage");
        app.MapSellerDocumentDownloads("/seller");
        return app;
    }
}
