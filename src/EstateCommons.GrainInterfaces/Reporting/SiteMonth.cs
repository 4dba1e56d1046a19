using NodaTime.Text;

namespace EstateCommons.GrainInterfaces.Reporting;

/// <summary>A site and a calendar month of its local dates: the key of its reporting roll-up ("site/2027-03").</summary>
[GenerateSerializer, Immutable]
public sealed record SiteMonth(string SiteId, YearMonth Month)
{
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");

    public string Key => $"{SiteId}/{MonthPattern.Format(Month)}";

    public static SiteMonth Of(string siteId, LocalDate date) => new(siteId, date.ToYearMonth());

    public static SiteMonth FromKey(string key)
    {
        var slash = key.LastIndexOf('/');
        return new SiteMonth(key[..slash], MonthPattern.Parse(key[(slash + 1)..]).Value);
    }

    /// <summary>The months whose dates <paramref name="first"/> to <paramref name="last"/> touch, in order.</summary>
    public static IEnumerable<YearMonth> Between(LocalDate first, LocalDate last)
    {
        for (var month = first.ToYearMonth(); month <= last.ToYearMonth(); month = month.PlusMonths(1)) yield return month;
    }
}
