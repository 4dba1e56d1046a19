namespace EstateCommons.Benchmarks.Harness;

/// <summary>The benchmark could not run as intended (server missing or failing, setup refused); the run exits non-zero.</summary>
public sealed class BenchmarkFailure(string message) : Exception(message);
