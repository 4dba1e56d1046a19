using System.Diagnostics;
using System.Globalization;
using EstateCommons.Allocation.Benchmarks;
using EstateCommons.Domain.Markets;
using NodaTime;

// Benchmarks PitchAllocator.Allocate on seeded, realistic market days: 1 warm-up run, then measured runs with different seeds.
// Options: --runs N (measured runs, default 5), --time-limit SECONDS (solver limit, default the allocator's own), --seed S (first seed).
const string Target = "1,000 applications to 200 pitches with 20 category caps: optimal result in under 1 s";
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var runs = IntOption("--runs", 5);
var firstSeed = IntOption("--seed", 1000);
var timeLimit = args.Contains("--time-limit") ? Duration.FromSeconds(double.Parse(Option("--time-limit")!, CultureInfo.InvariantCulture)) : PitchAllocator.DefaultTimeLimit;

Console.WriteLine("Market-day pitch allocation benchmark (PitchAllocator.Allocate, pooled CP-SAT model, 1 worker)");
Console.WriteLine($"Target: {Target}");
Console.WriteLine($"Market: {MarketGenerator.Rows} rows x {MarketGenerator.PitchesPerRow} pitches, {MarketGenerator.CategoryCount} category caps, {MarketGenerator.ApplicantCount:N0} applications; solver time limit {timeLimit.TotalSeconds:0.###} s");
Console.WriteLine($"Runs: 1 warm-up + {runs} measured, market seeds {firstSeed}..{firstSeed + runs}; .NET {Environment.Version}, {Environment.ProcessorCount} logical CPUs, {RuntimeOsDescription()}");
Console.WriteLine();
Console.WriteLine($"{"run",-8} {"seed",5} {"pitches",7} {"power",5} {"water",5} {"hotfd",5} {"caps",4} {"groups",7} {"model vars",10} {"cons",5} {"appl.w/grp",10} {"standing",8} {"wall ms",9} {"optimal",7} {"alloc",5} {"unalloc",7} {"lapsed",6} {"nocompat",8} {"catfull",7} {"outrank",7} {"objective",18} {"peakWS MB",9}");

var measured = new List<RunResult>();
for (var run = 0; run <= runs; run++)
{
    var seed = firstSeed + run;
    var result = Measure(seed, timeLimit);
    var label = run == 0 ? "warm-up" : $"#{run}";
    Console.WriteLine($"{label,-8} {result}");
    if (run > 0) measured.Add(result);
}

Console.WriteLine();
Console.WriteLine($"Summary of {measured.Count} measured runs (min / median / max):");
Summarise("wall time (ms)", measured.Select(r => r.Wall.TotalMilliseconds), "0.0");
Summarise("candidate (applicant, group) pairs", measured.Select(r => (double)r.CandidateGroups), "N0");
Summarise("model variables", measured.Select(r => (double)r.Variables), "N0");
Summarise("model constraints", measured.Select(r => (double)r.Constraints), "N0");
Summarise("allocated", measured.Select(r => (double)r.Allocated), "0");
Summarise("unallocated", measured.Select(r => (double)r.Unallocated), "0");
Summarise("  compliance lapsed", measured.Select(r => (double)r.Count(UnallocatedReason.ComplianceLapsed)), "0");
Summarise("  no compatible pitch", measured.Select(r => (double)r.Count(UnallocatedReason.NoCompatiblePitch)), "0");
Summarise("  category full", measured.Select(r => (double)r.Count(UnallocatedReason.CategoryFull)), "0");
Summarise("  outranked", measured.Select(r => (double)r.Count(UnallocatedReason.Outranked)), "0");
Summarise("peak working set (MB, process high-water mark)", measured.Select(r => r.PeakWorkingSetMb), "0.0");
var optimal = measured.Count(r => r.ProvedOptimal);
Console.WriteLine($"  proved optimal: {optimal} of {measured.Count}; no solution at all (Allocate threw): {measured.Count(r => r.Failure is not null)} of {measured.Count}");
Console.WriteLine();
var met = measured.Count(r => r.ProvedOptimal && r.Wall < TimeSpan.FromSeconds(1));
Console.WriteLine($"Target: {Target}");
Console.WriteLine($"Result: {met} of {measured.Count} measured runs proved optimal in under 1 s -> {(met == measured.Count ? "TARGET MET" : "TARGET MISSED")}");
return 0;

static RunResult Measure(int seed, Duration timeLimit)
{
    var request = MarketGenerator.Generate(seed);
    // The model is built here only to report its size; Allocate builds its own inside the timed region.
    var model = AllocationModel.For(AllocationScore.For(request, seed));
    var candidates = model.Score.Candidates;
    var candidateGroups = candidates.Groups.Sum(g => g.Length);
    var withGroups = candidates.Groups.Count(g => g.Length > 0);

    GC.Collect();
    GC.WaitForPendingFinalizers();
    var stopwatch = Stopwatch.StartNew();
    AllocationResult? result = null;
    string? failure = null;
    try
    {
        result = PitchAllocator.Allocate(request, timeLimit);
    }
    catch (InvalidOperationException e)
    {
        failure = e.Message;
    }
    stopwatch.Stop();

    using var process = Process.GetCurrentProcess();
    var pitches = request.Layout.Pitches;
    return new RunResult(seed, pitches.Count, pitches.Count(p => p.HasPower), pitches.Count(p => p.HasWater), pitches.Count(p => p.HotFoodAllowed),
        request.Caps.Count, candidateGroups, model.VariableCount, model.ConstraintCount, withGroups, candidates.Standing.Count, stopwatch.Elapsed, result?.ProvedOptimal ?? false,
        result?.Allocated.Count ?? 0, result?.Unallocated.Count ?? 0,
        result?.Unallocated.GroupBy(u => u.Reason).ToDictionary(g => g.Key, g => g.Count()) ?? new Dictionary<UnallocatedReason, int>(),
        result?.Objective ?? 0, process.PeakWorkingSet64 / (1024.0 * 1024.0), failure);
}

static void Summarise(string what, IEnumerable<double> values, string format)
{
    var sorted = values.Order().ToList();
    var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    Console.WriteLine($"  {what,-48} {sorted[0].ToString(format)} / {median.ToString(format)} / {sorted[^1].ToString(format)}");
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

int IntOption(string name, int fallback) => Option(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

static string RuntimeOsDescription() => System.Runtime.InteropServices.RuntimeInformation.OSDescription;

internal sealed record RunResult(
    int Seed, int Pitches, int Power, int Water, int HotFood, int Caps, int CandidateGroups, int Variables, int Constraints, int ApplicantsWithGroups, int StandingFixed,
    TimeSpan Wall, bool ProvedOptimal, int Allocated, int Unallocated, IReadOnlyDictionary<UnallocatedReason, int> Reasons,
    long Objective, double PeakWorkingSetMb, string? Failure)
{
    public int Count(UnallocatedReason reason) => Reasons.GetValueOrDefault(reason);

    public override string ToString() =>
        $"{Seed,5} {Pitches,7} {Power,5} {Water,5} {HotFood,5} {Caps,4} {CandidateGroups,7:N0} {Variables,10:N0} {Constraints,5:N0} {ApplicantsWithGroups,10} {StandingFixed,8} {Wall.TotalMilliseconds,9:0.0} {(ProvedOptimal ? "yes" : "NO"),7} " +
        $"{Allocated,5} {Unallocated,7} {Count(UnallocatedReason.ComplianceLapsed),6} {Count(UnallocatedReason.NoCompatiblePitch),8} {Count(UnallocatedReason.CategoryFull),7} {Count(UnallocatedReason.Outranked),7} " +
        $"{Objective,18:N0} {PeakWorkingSetMb,9:0.0}" + (Failure is null ? "" : $"  ALLOCATE THREW: {Failure}");
}
