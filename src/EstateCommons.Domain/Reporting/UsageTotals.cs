using EstateCommons.Domain.Organisations;

namespace EstateCommons.Domain.Reporting;

/// <summary>
/// Usage summed over any spaces and days (a site's month, a trust's quarter): the raw minutes, counts and pence, and
/// the rates worked out from them. Sums of sums, so a report over many roll-ups equals one worked out from every day at
/// once. Booked minutes are those of confirmed bookings (including no-shows: the time was kept for them) within
/// opening hours; licensed minutes are co-located charities' time under licence; in-kind pence are the full-rate price
/// less what was charged.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record UsageTotals(
    long AvailableMinutes,
    IReadOnlyDictionary<OrganisationKind, long> BookedMinutes,
    long LicensedMinutes,
    IReadOnlyDictionary<OrganisationKind, long> InKindPence,
    int Bookings,
    int Cancellations,
    int NoShows,
    BookingHeatmap Heatmap)
{
    public static readonly UsageTotals Empty = new(0, new Dictionary<OrganisationKind, long>(), 0, new Dictionary<OrganisationKind, long>(), 0, 0, 0, BookingHeatmap.Empty);

    public long TotalBookedMinutes => BookedMinutes.Values.Sum();

    public long TotalInKindPence => InKindPence.Values.Sum();

    /// <summary>Booked time as a share of the time open to book, to one decimal place; 0 when nothing was open.</summary>
    public decimal UtilisationPercent => Percent(TotalBookedMinutes, AvailableMinutes);

    /// <summary>Cancelled bookings as a share of all bookings made for these days, to one decimal place.</summary>
    public decimal CancellationPercent => Percent(Cancellations, Bookings + Cancellations);

    /// <summary>Bookings the booker did not come to, as a share of the bookings that went ahead, to one decimal place.</summary>
    public decimal NoShowPercent => Percent(NoShows, Bookings);

    public static UsageTotals Of(IEnumerable<SpaceDayUsage> days) => days.Aggregate(Empty, (total, day) => total.Plus(day.Usage));

    public UsageTotals Plus(UsageTotals other) => new(
        AvailableMinutes + other.AvailableMinutes,
        SparseSums.Plus(BookedMinutes, other.BookedMinutes),
        LicensedMinutes + other.LicensedMinutes,
        SparseSums.Plus(InKindPence, other.InKindPence),
        Bookings + other.Bookings,
        Cancellations + other.Cancellations,
        NoShows + other.NoShows,
        Heatmap.Plus(other.Heatmap));

    /// <summary>
    /// These totals less <paramref name="other"/>, which they must include: how a roll-up takes out a day it is about to
    /// replace. Exact, since everything is whole minutes, counts and pence.
    /// </summary>
    public UsageTotals Minus(UsageTotals other) => new(
        AvailableMinutes - other.AvailableMinutes,
        SparseSums.Minus(BookedMinutes, other.BookedMinutes),
        LicensedMinutes - other.LicensedMinutes,
        SparseSums.Minus(InKindPence, other.InKindPence),
        Bookings - other.Bookings,
        Cancellations - other.Cancellations,
        NoShows - other.NoShows,
        Heatmap.Minus(other.Heatmap));

    internal static decimal Percent(long part, long whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1);
}
