namespace EstateCommons.Server.Api.Contracts;

/// <summary>The tables of a usage report as CSV, built from its JSON view so the two always agree.</summary>
public static class UsageTables
{
    public static readonly IReadOnlyList<string> Names = ["periods", "parts", "organisation-kinds", "heatmap"];

    private static readonly string[] RowHeader =
    [
        "id", "label", "availableMinutes", "bookedMinutes", "utilisationPercent", "licensedMinutes", "inKindPence",
        "bookings", "cancellations", "cancellationPercent", "noShows", "noShowPercent",
    ];

    /// <summary>The named table, or null when there is no table of that name.</summary>
    public static CsvTable? Of(string name, UsageReportView report) => name switch
    {
        "periods" => new CsvTable(RowHeader, report.Periods.Select(Row)),
        "parts" => new CsvTable(RowHeader, report.Parts.Select(Row)),
        "organisation-kinds" => new CsvTable(["organisationKind", "bookedMinutes", "inKindPence"],
            report.Totals.BookedMinutesByOrganisationKind.Keys.Select(kind => (IReadOnlyList<object?>)
                [kind, report.Totals.BookedMinutesByOrganisationKind[kind], report.Totals.InKindPenceByOrganisationKind[kind]])),
        "heatmap" => new CsvTable(["weekday", .. Enumerable.Range(0, 24).Select(h => $"{h:D2}:00")],
            report.Heatmap.Select(day => (IReadOnlyList<object?>)[day.Weekday, .. day.Minutes.Cast<object?>()])),
        _ => null,
    };

    private static IReadOnlyList<object?> Row(UsageRowView row)
    {
        var u = row.Usage;
        return [row.Id, row.Label, u.AvailableMinutes, u.BookedMinutes, u.UtilisationPercent, u.LicensedMinutes, u.InKindPence,
            u.Bookings, u.Cancellations, u.CancellationPercent, u.NoShows, u.NoShowPercent];
    }
}
