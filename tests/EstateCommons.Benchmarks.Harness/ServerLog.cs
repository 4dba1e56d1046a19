namespace EstateCommons.Benchmarks.Harness;

/// <summary>
/// The child server's console output: the last lines (shown when something goes wrong) and every warning
/// or failure it logs, which the report counts because a quiet log is part of a healthy run.
/// </summary>
public sealed class ServerLog
{
    private const int TailLines = 60;
    private const int KeptProblems = 20;
    private readonly Queue<string> _tail = new();
    private readonly List<string> _problems = [];
    private readonly Lock _gate = new();
    private bool _inProblem;

    public int Warnings { get; private set; }

    public int Failures { get; private set; }

    public void Add(string? line)
    {
        if (line is null) return;
        lock (_gate)
        {
            _tail.Enqueue(line);
            if (_tail.Count > TailLines) _tail.Dequeue();
            var isWarning = line.StartsWith("warn:", StringComparison.Ordinal);
            var isFailure = line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal);
            if (isWarning) Warnings++;
            if (isFailure) Failures++;
            // A console log entry is a header line followed by indented message lines; keep both for problems.
            if (isWarning || isFailure) _inProblem = true;
            else if (!line.StartsWith(' ')) _inProblem = false;
            if (_inProblem && _problems.Count < KeptProblems) _problems.Add(line);
        }
    }

    public IReadOnlyList<string> Tail()
    {
        lock (_gate) return [.. _tail];
    }

    public IReadOnlyList<string> Problems()
    {
        lock (_gate) return [.. _problems];
    }
}
