using System.Collections.Concurrent;

namespace EstateCommons.Benchmarks.Harness;

/// <summary>Bodies of answers the benchmark did not expect, kept (a few of each status) for the report.</summary>
public sealed class UnexpectedAnswers
{
    private const int KeptPerStatus = 3;
    private readonly ConcurrentDictionary<int, ConcurrentQueue<string>> _samples = new();

    public void Add(int status, string what)
    {
        var queue = _samples.GetOrAdd(status, _ => new ConcurrentQueue<string>());
        if (queue.Count < KeptPerStatus) queue.Enqueue(what.Length > 600 ? what[..600] + "…" : what);
    }

    public IReadOnlyList<(int Status, string What)> Samples() =>
        [.. _samples.OrderBy(s => s.Key).SelectMany(s => s.Value.Select(what => (s.Key, what)))];
}
