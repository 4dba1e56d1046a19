using System.Diagnostics;

namespace EstateCommons.Benchmarks.Harness;

/// <summary>
/// One worker's measurements: each request's latency in Stopwatch ticks, its status, and how many confirmed per
/// second of the phase. One recorder per worker, so recording takes no lock; <see cref="LatencySummary"/> merges them.
/// </summary>
public sealed class LatencyRecorder(long phaseStartTimestamp, int expectedSeconds)
{
    private readonly List<long> _ticks = new(4096);
    private readonly Dictionary<int, int> _statuses = [];
    private int[] _successesPerSecond = new int[Math.Max(expectedSeconds, 1) + 2];

    public IReadOnlyList<long> Ticks => _ticks;

    public IReadOnlyDictionary<int, int> Statuses => _statuses;

    public IReadOnlyList<int> SuccessesPerSecond => _successesPerSecond;

    /// <summary>Status 0 stands for a request that got no HTTP answer at all.</summary>
    public void Record(long startTimestamp, long endTimestamp, int status, bool success)
    {
        _ticks.Add(endTimestamp - startTimestamp);
        _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
        if (!success) return;
        var second = (int)((endTimestamp - phaseStartTimestamp) / Stopwatch.Frequency);
        if (second >= _successesPerSecond.Length) Array.Resize(ref _successesPerSecond, second + 1);
        _successesPerSecond[second]++;
    }
}

/// <summary>Latency percentiles and status counts over every worker of a phase.</summary>
public sealed record LatencySummary(
    int Requests,
    TimeSpan Elapsed,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    double MeanMs,
    IReadOnlyDictionary<int, int> Statuses,
    IReadOnlyList<int> SuccessesPerSecond)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public int Count(int status) => Statuses.GetValueOrDefault(status);

    public static LatencySummary Of(IReadOnlyCollection<LatencyRecorder> recorders, TimeSpan elapsed)
    {
        var ticks = recorders.SelectMany(r => r.Ticks).ToArray();
        Array.Sort(ticks);
        var statuses = new SortedDictionary<int, int>();
        foreach (var (status, count) in recorders.SelectMany(r => r.Statuses)) statuses[status] = statuses.GetValueOrDefault(status) + count;
        var seconds = (int)Math.Ceiling(elapsed.TotalSeconds);
        var perSecond = new int[seconds];
        foreach (var recorder in recorders)
        {
            for (var s = 0; s < Math.Min(seconds, recorder.SuccessesPerSecond.Count); s++) perSecond[s] += recorder.SuccessesPerSecond[s];
        }
        return new LatencySummary(ticks.Length, elapsed,
            Milliseconds(Percentile(ticks, 0.50)), Milliseconds(Percentile(ticks, 0.95)), Milliseconds(Percentile(ticks, 0.99)),
            Milliseconds(ticks.Length == 0 ? 0 : ticks[^1]), ticks.Length == 0 ? 0 : Milliseconds((long)ticks.Average()),
            statuses, perSecond);
    }

    // Nearest rank: the smallest latency that at least the given share of requests did not exceed.
    private static long Percentile(long[] sorted, double share) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
