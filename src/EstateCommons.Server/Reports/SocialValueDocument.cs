using System.Globalization;
using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Reporting;

namespace EstateCommons.Server.Reports;

/// <summary>
/// The quarterly social-value statement as a Word document a manager hands to the board. It leaves the building, so
/// it must be built from a statement made for <see cref="TakingsViewer.Public"/>: a takings figure covering fewer than
/// three sellers is withheld here even though the manager's own screens show it.
/// </summary>
public static class SocialValueDocument
{
    public const string WithheldSentence = "withheld: fewer than 3 sellers reported takings";

    public static string FileName(SocialValueStatement s) => $"{s.TrustId}-{s.Quarter.Code}-social-value.docx";

    public static byte[] Write(SocialValueStatement s)
    {
        var usage = s.Usage;
        var mix = s.Markets.Mix;
        return new WordDocument()
            .Title($"Social value statement: {s.TrustName}")
            .Subtitle($"{s.Quarter.Label}, {Date(s.Quarter.First)} to {Date(s.Quarter.Last)} · {Count(s.Sites, "site")}")
            .Heading("Summary")
            .Paragraph(Summary(s))
            .Heading("Space given in kind")
            .Paragraph("The value of space let free or at a reduced rate, by the kind of organisation that used it.")
            .Table(["Organisation kind", "Value given in kind"],
                [.. Enum.GetValues<OrganisationKind>().Select(k => (IReadOnlyList<string>)[KindName(k), Pounds(usage.InKindPence.GetValueOrDefault(k))]), ["Total", Pounds(s.InKindPence)]])
            .Heading("Hours used by VCSE organisations")
            .Table(["Booked by charities and community groups", "Held under licence by co-located charities", "Total"],
                [[Hours(s.VcseBookedMinutes), Hours(usage.LicensedMinutes), Hours(s.VcseMinutes)]])
            .Heading("Utilisation")
            .Table(["Hours open to book", "Hours booked", "Utilisation", "Bookings", "Cancellations", "No-shows"],
                [[Hours(usage.AvailableMinutes), Hours(usage.TotalBookedMinutes), Percent(usage.UtilisationPercent),
                    Number(usage.Bookings), Number(usage.Cancellations), Number(usage.NoShows)]])
            .Heading("Local sellers")
            .Table(["Market days", "Sellers", "Local sellers", "Takings reported", "Local sellers' takings", "Local share of takings"],
                [[Number(s.Markets.MarketDays), Number(mix.Sellers), $"{Number(mix.LocalSellers)} ({Percent(mix.LocalSellerPercent)})",
                    Takings(mix.Takings), Takings(mix.LocalTakings), LocalShare(mix)]])
            .Heading("VCSE and SME sellers")
            .Table(["VCSE sellers", "SME sellers"],
                [[$"{Number(mix.VcseSellers)} ({Percent(mix.VcsePercent)})", $"{Number(mix.SmeSellers)} ({Percent(mix.SmePercent)})"]])
            .Table(["Business type", "Sellers"],
                Enum.GetValues<SellerBusinessType>().Select(t => (IReadOnlyList<string>)[BusinessTypeName(t), Number(mix.ByBusinessType.GetValueOrDefault(t))]))
            .Heading("How these figures are made")
            .Paragraph("Value given in kind is the full-rate price of each booking less what was charged for it, counted on the day the booking started.")
            .Paragraph("VCSE organisations are registered charities and community groups. Their hours are the hours they booked within opening hours, plus the hours co-located charities held under licence.")
            .Paragraph("Utilisation is the time booked as a share of the time spaces were open to book, after closures. Bookings the booker did not come to still count as booked: the time was kept for them.")
            .Paragraph("A seller is local when their business is within 10 km of the market's site (or the market's own local radius, where it sets one), measured as a straight line over the earth's surface (great-circle distance). A seller who traded on several days counts once, and as local if they were local to any market they traded at.")
            .Paragraph("Sellers report their takings in confidence. A takings figure that would cover fewer than 3 sellers is withheld, so no one seller's takings can be read from this statement.")
            .ToBytes();
    }

    private static string Summary(SocialValueStatement s)
    {
        var sentences = new List<string>
        {
            $"In {s.Quarter.Label}, {s.TrustName} gave space worth {Pounds(s.InKindPence)} in kind across its {Count(s.Sites, "site")}.",
            $"Voluntary, community and social enterprise (VCSE) organisations used {Hours(s.VcseMinutes)} of space, booked and under licence.",
            $"Spaces were booked for {Percent(s.Usage.UtilisationPercent)} of the time they were open.",
        };
        var mix = s.Markets.Mix;
        if (s.Markets.MarketDays > 0)
        {
            sentences.Add($"Its food markets had {Count(s.Markets.MarketDays, "market day")} with {Percent(s.Markets.OccupancyPercent)} of pitches let; " +
                $"{Count(mix.Sellers, "seller")} traded, {Number(mix.LocalSellers)} of them local and {Number(mix.VcseSellers)} VCSE.");
            sentences.Add(mix.LocalTakings.Total is { } local
                ? $"Local sellers reported takings of {Pounds(local.MinorUnits)}."
                : $"Local sellers' takings are {NotShown(mix.LocalTakings)}.");
        }
        return string.Join(" ", sentences);
    }

    private static string Takings(TakingsAggregate t) => t.Total is { } total ? Pounds(total.MinorUnits) : NotShown(t);

    private static string NotShown(TakingsAggregate t) => t.Reason == TakingsDisclosureReason.TooFewSellers ? WithheldSentence : "not reported";

    /// <summary>The local share of takings; withheld with either figure, as the share and the total would give the local takings away.</summary>
    private static string LocalShare(MarketSellerMix mix) =>
        mix.LocalTakingsPercent is { } share ? Percent(share)
        : mix.Takings.Reason == TakingsDisclosureReason.TooFewSellers ? WithheldSentence
        : NotShown(mix.LocalTakings);

    private static string Pounds(long pence) => "£" + (pence / 100m).ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Hours(long minutes) => $"{SocialValueStatement.Hours(minutes).ToString("#,0.0", CultureInfo.InvariantCulture)} hours";

    private static string Percent(decimal percent) => percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Number(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Count(long n, string noun) => $"{Number(n)} {noun}{(n == 1 ? "" : "s")}";

    private static string Date(LocalDate date) => date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);

    private static string KindName(OrganisationKind kind) => kind switch
    {
        OrganisationKind.RegisteredCharity => "Registered charities",
        OrganisationKind.CommunityGroup => "Community groups",
        OrganisationKind.NhsTeam => "NHS teams",
        OrganisationKind.Commercial => "Commercial hirers",
        _ => kind.ToString(),
    };

    private static string BusinessTypeName(SellerBusinessType type) => type switch
    {
        SellerBusinessType.SoleTrader => "Sole traders",
        SellerBusinessType.Micro => "Micro businesses",
        SellerBusinessType.Small => "Small businesses",
        SellerBusinessType.Medium => "Medium-sized businesses",
        SellerBusinessType.Vcse => "VCSE organisations",
        _ => type.ToString(),
    };
}
