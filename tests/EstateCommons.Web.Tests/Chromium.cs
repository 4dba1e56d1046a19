namespace EstateCommons.Web.Tests;

/// <summary>Debian's Chromium, which the browser tests drive: Playwright's own browser download cannot be had here.</summary>
public static class Chromium
{
    public const string DebianPath = "/usr/bin/chromium";

    /// <summary>Quiet, headless and sandbox-free (the tests may run as root), with nothing fetched in the background.</summary>
    public static readonly string[] Arguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    /// <summary>The browser to launch: $ESTATECOMMONS_CHROMIUM if set, otherwise Debian's. Fails, saying how to install it, when missing.</summary>
    public static string Find()
    {
        var path = Environment.GetEnvironmentVariable("ESTATECOMMONS_CHROMIUM") is { Length: > 0 } given ? given : DebianPath;
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"The browser tests need Chromium at {path}, and it is not there. Install it with tests/ensure-chromium.sh " +
                "(Debian: apt-get install chromium), or set ESTATECOMMONS_CHROMIUM to a Chromium binary.");
    }
}
