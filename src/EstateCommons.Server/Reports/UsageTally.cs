using EstateCommons.Domain.Organisations;
using EstateCommons.Domain.Reporting;

namespace EstateCommons.Server.Reports;

/// <summary>
/// A running sum of <see cref="UsageTotals"/> in plain arrays. <see cref="UsageTotals.Plus"/> makes new dictionaries on
/// every step, which is right for a handful of roll-ups but not for the estate's hundreds of thousands of site-days:
/// a tally adds them in place and makes one <see cref="UsageTotals"/> at the end.
/// </summary>
internal sealed class UsageTally
{
    private const int HeatmapCells = 7 * 24;
    private static readonly int Kinds = Enum.GetValues<OrganisationKind>().Max(k => (int)k) + 1;

    private readonly long[] _booked = new long[Kinds];
    private readonly long[] _inKind = new long[Kinds];
    private readonly bool[] _bookedSeen = new bool[Kinds];
    private readonly bool[] _inKindSeen = new bool[Kinds];
    private readonly long[] _heatmap = new long[HeatmapCells];
    private long _available, _licensed;
    private int _bookings, _cancellations, _noShows;

    public void Add(UsageTotals usage)
    {
        AddCounts(usage.AvailableMinutes, usage.LicensedMinutes, usage.Bookings, usage.Cancellations, usage.NoShows);
        foreach (var (kind, minutes) in usage.BookedMinutes) Add(_booked, _bookedSeen, kind, minutes);
        foreach (var (kind, pence) in usage.InKindPence) Add(_inKind, _inKindSeen, kind, pence);
        foreach (var (cell, minutes) in usage.Heatmap.Cells) _heatmap[cell] += minutes;
    }

    public void Add(UsageTally other)
    {
        AddCounts(other._available, other._licensed, other._bookings, other._cancellations, other._noShows);
        for (var kind = 0; kind < Kinds; kind++)
        {
            _booked[kind] += other._booked[kind];
            _bookedSeen[kind] |= other._bookedSeen[kind];
            _inKind[kind] += other._inKind[kind];
            _inKindSeen[kind] |= other._inKindSeen[kind];
        }
        for (var cell = 0; cell < HeatmapCells; cell++) _heatmap[cell] += other._heatmap[cell];
    }

    public UsageTotals ToTotals()
    {
        var cells = new Dictionary<int, long>();
        for (var cell = 0; cell < HeatmapCells; cell++)
        {
            if (_heatmap[cell] != 0) cells[cell] = _heatmap[cell];
        }
        return new UsageTotals(_available, ByKind(_booked, _bookedSeen), _licensed, ByKind(_inKind, _inKindSeen), _bookings, _cancellations, _noShows, new BookingHeatmap(cells));
    }

    private void AddCounts(long available, long licensed, int bookings, int cancellations, int noShows)
    {
        _available += available;
        _licensed += licensed;
        _bookings += bookings;
        _cancellations += cancellations;
        _noShows += noShows;
    }

    private static void Add(long[] sums, bool[] seen, OrganisationKind kind, long value)
    {
        sums[(int)kind] += value;
        seen[(int)kind] = true;
    }

    private static Dictionary<OrganisationKind, long> ByKind(long[] sums, bool[] seen)
    {
        var byKind = new Dictionary<OrganisationKind, long>();
        for (var kind = 0; kind < Kinds; kind++)
        {
            if (seen[kind]) byKind[(OrganisationKind)kind] = sums[kind];
        }
        return byKind;
    }
}
