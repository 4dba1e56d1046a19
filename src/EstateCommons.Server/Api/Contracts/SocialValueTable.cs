namespace EstateCommons.Server.Api.Contracts;

/// <summary>A social-value statement as one CSV table of measures, for pasting into a board's own returns.</summary>
public static class SocialValueTable
{
    public static CsvTable Of(SocialValueView s)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            Measure("sites", s.Sites, "sites"),
            Measure("inKind", s.InKindPence, "pence"),
        };
        rows.AddRange(s.InKindPenceByOrganisationKind.Select(k => Measure($"inKind.{k.Key}", k.Value, "pence")));
        rows.Add(Measure("vcse.bookedMinutes", s.VcseTime.BookedMinutes, "minutes"));
        rows.Add(Measure("vcse.licensedMinutes", s.VcseTime.LicensedMinutes, "minutes"));
        rows.Add(Measure("vcse.hours", s.VcseTime.Hours, "hours"));
        rows.Add(Measure("availableMinutes", s.Usage.AvailableMinutes, "minutes"));
        rows.Add(Measure("bookedMinutes", s.Usage.BookedMinutes, "minutes"));
        rows.Add(Measure("utilisation", s.Usage.UtilisationPercent, "percent"));
        rows.Add(Measure("marketDays", s.Markets.MarketDays, "days"));
        rows.Add(Measure("sellers", s.Markets.Sellers, "sellers"));
        rows.Add(Measure("localSellers", s.Markets.LocalSellers, "sellers"));
        rows.Add(Measure("vcseSellers", s.Markets.VcsePercent, "percent"));
        rows.Add(Measure("smeSellers", s.Markets.SmePercent, "percent"));
        rows.Add(Measure("takings", s.Markets.Takings.Pence, "pence"));
        rows.Add(Measure("localTakings", s.Markets.LocalTakings.Pence, "pence"));
        rows.Add(Measure("localTakingsShare", s.Markets.LocalTakingsPercent, "percent"));
        rows.AddRange(s.Markets.SellersByBusinessType.Select(t => Measure($"sellers.{t.Key}", t.Value, "sellers")));
        return new CsvTable(["measure", "value", "unit"], rows);
    }

    private static IReadOnlyList<object?> Measure(string name, object? value, string unit) => [name, value, unit];
}
