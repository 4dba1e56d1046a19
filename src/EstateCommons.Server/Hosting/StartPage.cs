namespace EstateCommons.Server.Hosting;

public static class StartPage
{
    public static IEndpointRouteBuilder MapStartPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Content(Html, "text/html; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>EstateCommons</title></head>
        <body style="font-family: Arial, sans-serif; max-width: 44em; margin: 2em auto; line-height: 1.5">
        <h1>EstateCommons</h1>
        <p>Rooms, halls and co-located charity spaces on NHS hospital sites, open to charities and community groups.</p>
        <ul>
          <li><a href="/api/sites">Sites</a> (JSON)</li>
          <li><a href="/scalar/v1">API reference</a> and the <a href="/openapi/v1.json">OpenAPI document</a></li>
        </ul>
        <p>Get a token with <code>POST /api/auth/token</code> and send it as <code>Authorization: Bearer &lt;token&gt;</code>.</p>
        </body>
        </html>
        """;
}
