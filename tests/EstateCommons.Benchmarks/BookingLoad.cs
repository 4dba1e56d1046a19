namespace EstateCommons.Benchmarks;

/// <summary>What the booking phase measured.</summary>
public sealed record BookingResult(
    int Clients,
    LatencySummary Latency,
    int ConflictsSent,
    int ConflictsRefused,
    int UnexpectedConflicts,
    int DoubleBookings,
    IReadOnlyList<(int Status, string What)> Unexpected)
{
    public int Confirmed => Latency.Count(201) - DoubleBookings;

    public double ConfirmedPerSecond => Confirmed / Latency.Elapsed.TotalSeconds;

    public int Other => Latency.Statuses.Where(s => s.Key is not (201 or 409 or 422)).Sum(s => s.Value);
}

/// <summary>Many members of the community group booking at once, each in hours that only it books.</summary>
public sealed class BookingLoad
{
    private readonly BookingClient[] _clients;

    public BookingLoad(HttpClient http, BenchmarkEstate estate)
    {
        var lanes = SlotPlan.Divide(estate.SpaceIds, estate.ClientTokens.Count, estate.FirstBookingDay, estate.LastBookingDay);
        _clients = [.. estate.ClientTokens.Select((token, i) => new BookingClient(http, estate, token, new ClientSlots(lanes[i], estate.Zone)))];
    }

    /// <summary>Runs one phase. Later phases carry on from the hours earlier ones reached, so nothing is asked for twice by accident.</summary>
    public async Task<BookingResult> Run(TimeSpan duration, long maxRequests, CancellationToken cancellation)
    {
        var unexpected = new UnexpectedAnswers();
        foreach (var client in _clients) client.StartPhase(unexpected);
        var latency = await ClosedLoop.Run(_clients.Length, duration, maxRequests, (worker, ct) => _clients[worker].BookNext(ct), cancellation);
        var tallies = _clients.Select(c => c.Tally).ToList();
        return new BookingResult(_clients.Length, latency,
            tallies.Sum(t => t.ConflictsSent), tallies.Sum(t => t.ConflictsRefused),
            tallies.Sum(t => t.UnexpectedConflicts), tallies.Sum(t => t.DoubleBookings), unexpected.Samples());
    }
}
