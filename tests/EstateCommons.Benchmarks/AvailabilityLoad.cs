using NodaTime;
using NodaTime.Text;

namespace EstateCommons.Benchmarks;

/// <summary>What the availability phases measured, over one week of the booked-up calendar.</summary>
public sealed record AvailabilityResult(
    LocalDate From,
    LocalDate To,
    int Spaces,
    int ConcurrentClients,
    LatencySummary SiteConcurrent,
    LatencySummary SiteSerial,
    LatencySummary SpaceSerial,
    int WarmUpFailures,
    IReadOnlyList<(int Status, string What)> Unexpected)
{
    /// <summary>Answers other than 200, warm-up included.</summary>
    public int Other => WarmUpFailures + new[] { SiteConcurrent, SiteSerial, SpaceSerial }.Sum(l => l.Requests - l.Count(200));
}

/// <summary>
/// People looking for a free room: a week of every space at the site (concurrently, then one at a time), and a week
/// of one space. The week is the first the booking phase filled, so the calendar pages read are the busiest ones.
/// </summary>
public sealed class AvailabilityLoad(EstateApi api, BenchmarkEstate estate)
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SerialRun = TimeSpan.FromSeconds(5);
    private readonly UnexpectedAnswers _unexpected = new();

    public async Task<AvailabilityResult> Run(BenchmarkOptions options, CancellationToken cancellation)
    {
        var from = estate.FirstBookingDay;
        var to = from.PlusDays(6);
        var week = $"from={LocalDatePattern.Iso.Format(from)}&to={LocalDatePattern.Iso.Format(to)}";
        var sitePath = $"/api/sites/{estate.SiteId}/availability?{week}";
        var spacePath = $"/api/sites/{estate.SiteId}/spaces/{estate.SpaceIds[0]}/availability?{week}";

        var answer = await api.Get(sitePath, ApiJson.Default.ListSpaceAvailability, cancellation);
        if (answer.Count != estate.SpaceIds.Count) throw new BenchmarkFailure($"GET {sitePath} listed {answer.Count} spaces, not {estate.SpaceIds.Count}.");

        var clients = options.AvailabilityClients;
        var warmUp = await Measure(sitePath, clients, WarmUp, cancellation);
        var concurrent = await Measure(sitePath, clients, options.AvailabilityMeasured, cancellation);
        var serial = await Measure(sitePath, 1, SerialRun, cancellation);
        var space = await Measure(spacePath, 1, SerialRun, cancellation);
        return new AvailabilityResult(from, to, estate.SpaceIds.Count, clients, concurrent, serial, space,
            warmUp.Requests - warmUp.Count(200), _unexpected.Samples());
    }

    private Task<LatencySummary> Measure(string path, int clients, TimeSpan duration, CancellationToken cancellation) =>
        ClosedLoop.Run(clients, duration, long.MaxValue, async (_, ct) => await Read(path, ct), cancellation);

    private async Task<Answer?> Read(string path, CancellationToken cancellation)
    {
        try
        {
            using var response = await api.Http.GetAsync(path, cancellation);
            var status = (int)response.StatusCode;
            if (status != 200) _unexpected.Add(status, $"GET {path}: {await response.Content.ReadAsStringAsync(cancellation)}");
            return new Answer(status, status == 200);
        }
        catch (HttpRequestException e)
        {
            _unexpected.Add(0, $"GET {path} got no answer: {e.Message}");
            return new Answer(0, false);
        }
        catch (TaskCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            _unexpected.Add(0, $"GET {path} timed out: {e.Message}");
            return new Answer(0, false);
        }
    }
}
