namespace EstateCommons.Footfall.Benchmarks;

/// <summary>What to measure and against which server, read from the command line.</summary>
public sealed record FootfallOptions
{
    public int Clients { get; init; } = 16;
    public int Counters { get; init; } = 64;
    public int ResendEvery { get; init; } = 10;
    public TimeSpan Measured { get; init; } = TimeSpan.FromSeconds(20);
    // Long enough for tiered JIT to finish on two busy cores, so the figures are steady-state ones.
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(20);
    public ServerTarget Server { get; init; } = new();

    public const string Usage = $"""
        Usage: dotnet run -c Release --project tests/EstateCommons.Footfall.Benchmarks -- [options]

          --clients N                concurrent upload clients (default 16)
          --counters N               counters registered at the market, shared between the clients (default 64)
          --resend-every N           every Nth upload re-sends a batch already acknowledged (default 10)
          --seconds N                measured phase in seconds (default 20)
          --warmup N                 unmeasured warm-up in seconds (default 20)
        {ServerTarget.Usage}
        """;

    /// <summary>The options, or null with a message when the arguments cannot be used.</summary>
    public static (FootfallOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var (options, error) = OptionValues.Parse(args, new FootfallOptions(), (options, name, value) => name switch
        {
            "--clients" => options with { Clients = OptionValues.Positive(name, value) },
            "--counters" => options with { Counters = OptionValues.Positive(name, value) },
            "--resend-every" => options with { ResendEvery = OptionValues.Positive(name, value) },
            "--seconds" => options with { Measured = OptionValues.Seconds(name, value) },
            "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(OptionValues.NonNegative(name, value)) },
            _ when ServerTarget.IsOption(name) => options with { Server = options.Server.With(name, value) },
            _ => throw new FormatException($"Unknown option {name}."),
        });
        return options is { } o && o.Counters < o.Clients ? (null, "Give each client at least one counter: --counters must be at least --clients.") : (options, error);
    }
}
