namespace EstateCommons.Benchmarks;

/// <summary>What to measure and against which server, read from the command line.</summary>
public sealed record BenchmarkOptions
{
    public int Clients { get; init; } = 32;
    public TimeSpan Measured { get; init; } = TimeSpan.FromSeconds(20);
    // Long enough for tiered JIT to finish on two busy cores, so the figures are steady-state ones.
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(20);
    public int Spaces { get; init; } = 50;
    public long MaxRequests { get; init; } = 2_000_000;
    public int AvailabilityClients { get; init; } = 8;
    public TimeSpan AvailabilityMeasured { get; init; } = TimeSpan.FromSeconds(10);

    public ServerTarget Server { get; init; } = new();

    public const string Usage = $"""
        Usage: dotnet run -c Release --project tests/EstateCommons.Benchmarks -- [options]

          --clients N                concurrent booking clients (default 32)
          --seconds N                measured booking phase in seconds (default 20)
          --warmup N                 unmeasured warm-up in seconds (default 20)
          --spaces N                 spaces at the benchmark site (default 50)
          --max-requests N           upper bound on booking requests per phase (default 2000000)
          --availability-clients N   concurrent availability readers (default 8)
          --availability-seconds N   measured concurrent availability phase in seconds (default 10)
        {ServerTarget.Usage}
        """;

    /// <summary>The options, or null with a message when the arguments cannot be used.</summary>
    public static (BenchmarkOptions? Options, string? Error) Parse(IReadOnlyList<string> args) =>
        OptionValues.Parse(args, new BenchmarkOptions(), (options, name, value) => name switch
        {
            "--clients" => options with { Clients = OptionValues.Positive(name, value) },
            "--seconds" => options with { Measured = OptionValues.Seconds(name, value) },
            "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(OptionValues.NonNegative(name, value)) },
            "--spaces" => options with { Spaces = OptionValues.Positive(name, value) },
            "--max-requests" => options with { MaxRequests = OptionValues.Positive(name, value) },
            "--availability-clients" => options with { AvailabilityClients = OptionValues.Positive(name, value) },
            "--availability-seconds" => options with { AvailabilityMeasured = OptionValues.Seconds(name, value) },
            _ when ServerTarget.IsOption(name) => options with { Server = options.Server.With(name, value) },
            _ => throw new FormatException($"Unknown option {name}."),
        });
}
