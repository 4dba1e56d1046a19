namespace EstateCommons.Server.Api.Contracts;

/// <summary>The tables of a market report as CSV, built from its JSON view so the two always agree.</summary>
public static class MarketTables
{
    public static readonly IReadOnlyList<string> Names = ["periods", "parts", "business-types", "footfall-hours"];

    private static readonly string[] RowHeader =
    [
        "id", "label", "marketDays", "pitchDays", "pitchDaysLet", "occupancyPercent", "applications", "applicationsPerPitch",
        "noShows", "noShowPercent", "footfall", "daysCounted", "footfallPerDay", "sellers", "localSellers", "localSellerPercent",
        "vcseSellers", "vcsePercent", "smeSellers", "smePercent", "takingsPence", "takingsWithheld", "takingsFewerThanThreeSellers",
        "localTakingsPence", "localTakingsWithheld", "localTakingsPercent",
    ];

    /// <summary>The named table, or null when there is no table of that name.</summary>
    public static CsvTable? Of(string name, MarketReportView report) => name switch
    {
        "periods" => new CsvTable(RowHeader, report.Periods.Select(Row)),
        "parts" => new CsvTable(RowHeader, report.Parts.Select(Row)),
        "business-types" => new CsvTable(["businessType", "sellers"],
            report.Totals.SellersByBusinessType.Select(t => (IReadOnlyList<object?>)[t.Key, t.Value])),
        "footfall-hours" => new CsvTable(["hour", "visitors"],
            report.Totals.FootfallPerHour.Select(h => (IReadOnlyList<object?>)[h.Hour, h.Visitors])),
        _ => null,
    };

    private static IReadOnlyList<object?> Row(MarketRowView row)
    {
        var m = row.Markets;
        return [row.Id, row.Label, m.MarketDays, m.PitchDays, m.PitchDaysLet, m.OccupancyPercent, m.Applications, m.ApplicationsPerPitch,
            m.NoShows, m.NoShowPercent, m.Footfall, m.DaysCounted, m.FootfallPerDay, m.Sellers, m.LocalSellers, m.LocalSellerPercent,
            m.VcseSellers, m.VcsePercent, m.SmeSellers, m.SmePercent, m.Takings.Pence, m.Takings.Withheld, m.Takings.FewerThanThreeSellers,
            m.LocalTakings.Pence, m.LocalTakings.Withheld, m.LocalTakingsPercent];
    }
}
