using NodaTime;

namespace EstateCommons.Footfall.Benchmarks;

/// <summary>What one upload phase measured.</summary>
public sealed record UploadResult(int Clients, LatencySummary Latency, IReadOnlyList<UploadTally> Tallies, IReadOnlyList<(int Status, string What)> Unexpected)
{
    public long Readings => Tallies.Sum(t => t.Readings);

    public int Batches => Tallies.Sum(t => t.Batches);

    public int Resends => Tallies.Sum(t => t.Resends);

    public int ResendsRecognised => Tallies.Sum(t => t.ResendsRecognised);

    public int ResendsRecorded => Tallies.Sum(t => t.ResendsRecorded);

    public double ReadingsPerSecond => Readings / Latency.Elapsed.TotalSeconds;

    public double BatchesPerSecond => Batches / Latency.Elapsed.TotalSeconds;

    public int Other => Latency.Requests - Latency.Count(200);
}

/// <summary>The market's counters uploading at once, dealt round-robin between the clients.</summary>
public sealed class FootfallLoad
{
    private const int SettleAttempts = 5;
    private readonly UploadClient[] _clients;

    public FootfallLoad(HttpClient http, FootfallMarket market, FootfallOptions options)
    {
        _clients = [.. Enumerable.Range(0, options.Clients).Select(c =>
            new UploadClient(http, market.Counters.Where((_, i) => i % options.Clients == c).ToList(), market, options.ResendEvery))];
    }

    /// <summary>Runs one phase. Later phases carry on from the days earlier ones reached, so no day is uploaded as new twice.</summary>
    public async Task<UploadResult> Run(TimeSpan duration, CancellationToken cancellation)
    {
        var unexpected = new UnexpectedAnswers();
        foreach (var client in _clients) client.StartPhase(unexpected);
        var latency = await ClosedLoop.Run(_clients.Length, duration, long.MaxValue, (worker, ct) => _clients[worker].UploadNext(ct), cancellation);
        return new UploadResult(_clients.Length, latency, [.. _clients.Select(c => c.Tally)], unexpected.Samples());
    }

    /// <summary>
    /// Sends again any upload still without an answer when its phase ended, as its counter would, so that every day's
    /// figures are acknowledged before they are read back. Returns how many stay unacknowledged, and what was unexpected.
    /// </summary>
    public async Task<(int Unacknowledged, IReadOnlyList<(int Status, string What)> Unexpected)> Settle(CancellationToken cancellation)
    {
        var unexpected = new UnexpectedAnswers();
        foreach (var client in _clients) client.StartPhase(unexpected);
        for (var attempt = 0; attempt < SettleAttempts && _clients.Any(c => !c.AllAcknowledged); attempt++)
        {
            await Task.WhenAll(_clients.Where(c => !c.AllAcknowledged).Select(c => c.UploadNext(cancellation)));
        }
        return (_clients.Count(c => !c.AllAcknowledged), unexpected.Samples());
    }

    /// <summary>Visitors in every acknowledged upload, by market day, over all phases.</summary>
    public IReadOnlyDictionary<LocalDate, long> Acknowledged() =>
        _clients.SelectMany(c => c.Acknowledged).GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Sum(a => a.Value));
}
