using EstateCommons.Domain.Organisations;

namespace EstateCommons.Domain.Reporting;

/// <summary>
/// Usage summed over any spaces and days (a site's month, a trust's quarter): the raw minutes and pence, and the rates
/// worked out from them. Sums of sums, so a report over many roll-ups equals one worked out from every day at once.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record UsageTotals(
    long AvailableMinutes,
    IReadOnlyDictionary<OrganisationKind, long> BookedMinutes,
    long LicensedMinutes,
    IReadOnlyDictionary<OrganisationKind, long> InKindPence,
    int Bookings,
    int Cancellations)
{
    public static readonly UsageTotals Empty = new(0, new Dictionary<OrganisationKind, long>(), 0, new Dictionary<OrganisationKind, long>(), 0, 0);

    public long TotalBookedMinutes => BookedMinutes.Values.Sum();

    /// <summary>Booked time as a share of the time open to book, to one decimal place; 0 when nothing was open.</summary>
    public decimal UtilisationPercent => AvailableMinutes == 0 ? 0 : Math.Round(100m * TotalBookedMinutes / AvailableMinutes, 1);

    /// <summary>Cancelled bookings as a share of all bookings made for these days, to one decimal place.</summary>
    public decimal CancellationPercent => Bookings + Cancellations == 0 ? 0 : Math.Round(100m * Cancellations / (Bookings + Cancellations), 1);

    public static UsageTotals Of(IEnumerable<SpaceDayUsage> days) => days.Aggregate(Empty, (total, day) => total.Plus(day.Usage));

    public UsageTotals Plus(UsageTotals other) => new(
        AvailableMinutes + other.AvailableMinutes,
        Merge(BookedMinutes, other.BookedMinutes),
        LicensedMinutes + other.LicensedMinutes,
        Merge(InKindPence, other.InKindPence),
        Bookings + other.Bookings,
        Cancellations + other.Cancellations);

    private static Dictionary<OrganisationKind, long> Merge(IReadOnlyDictionary<OrganisationKind, long> a, IReadOnlyDictionary<OrganisationKind, long> b) =>
        a.Keys.Union(b.Keys).ToDictionary(k => k, k => a.GetValueOrDefault(k) + b.GetValueOrDefault(k));
}
