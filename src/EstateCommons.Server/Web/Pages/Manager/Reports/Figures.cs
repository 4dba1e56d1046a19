using System.Globalization;

namespace EstateCommons.Server.Web.Pages.Manager.Reports;

/// <summary>Report figures as the pages show them: minutes as hours, pence as pounds, percentages with their sign.</summary>
public static class Figures
{
    public static string Hours(long minutes) => (minutes / 60m).ToString("#,0.#", CultureInfo.InvariantCulture);

    public static string Pounds(long pence) => "£" + (pence / 100m).ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Percent(decimal percent) => percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Number(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A number for a chart to read (data-value), free of separators and signs.</summary>
    public static string Raw(decimal n) => n.ToString(CultureInfo.InvariantCulture);
}
