using System.Globalization;

namespace EstateCommons.Benchmarks;

/// <summary>What to measure and against which server, read from the command line.</summary>
public sealed record BenchmarkOptions
{
    public const string DefaultAdminEmail = "bench-admin@estatecommons.example";
    public const string DefaultAdminPassword = "bench-admin-password-1";

    public int Clients { get; init; } = 32;
    public TimeSpan Measured { get; init; } = TimeSpan.FromSeconds(20);
    // Long enough for tiered JIT to finish on two busy cores, so the figures are steady-state ones.
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(20);
    public int Spaces { get; init; } = 50;
    public long MaxRequests { get; init; } = 2_000_000;
    public int AvailabilityClients { get; init; } = 8;
    public TimeSpan AvailabilityMeasured { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>An already-running server to measure; null starts the Release build of the server as a child process.</summary>
    public Uri? ServerUrl { get; init; }

    public string AdminEmail { get; init; } = DefaultAdminEmail;
    public string AdminPassword { get; init; } = DefaultAdminPassword;

    public const string Usage = """
        Usage: dotnet run -c Release --project tests/EstateCommons.Benchmarks -- [options]

          --clients N                concurrent booking clients (default 32)
          --seconds N                measured booking phase in seconds (default 20)
          --warmup N                 unmeasured warm-up in seconds (default 20)
          --spaces N                 spaces at the benchmark site (default 50)
          --max-requests N           upper bound on booking requests per phase (default 2000000)
          --availability-clients N   concurrent availability readers (default 8)
          --availability-seconds N   measured concurrent availability phase in seconds (default 10)
          --url http://127.0.0.1:P   measure a running server instead of starting one (loopback only)
          --admin-email E            platform admin of that server (default bench-admin@estatecommons.example)
          --admin-password P         its password (default bench-admin-password-1)
        """;

    /// <summary>The options, or null with a message when the arguments cannot be used.</summary>
    public static (BenchmarkOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help") return (null, "");
            if (i + 1 >= args.Count) return (null, $"{name} needs a value.");
            var value = args[++i];
            try
            {
                options = name switch
                {
                    "--clients" => options with { Clients = Positive(name, value) },
                    "--seconds" => options with { Measured = Seconds(name, value) },
                    "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(NonNegative(name, value)) },
                    "--spaces" => options with { Spaces = Positive(name, value) },
                    "--max-requests" => options with { MaxRequests = Positive(name, value) },
                    "--availability-clients" => options with { AvailabilityClients = Positive(name, value) },
                    "--availability-seconds" => options with { AvailabilityMeasured = Seconds(name, value) },
                    "--url" => options with { ServerUrl = Loopback(value) },
                    "--admin-email" => options with { AdminEmail = value },
                    "--admin-password" => options with { AdminPassword = value },
                    _ => throw new FormatException($"Unknown option {name}."),
                };
            }
            catch (FormatException problem)
            {
                return (null, problem.Message);
            }
        }
        return (options, null);
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"{name} takes a whole number above 0.");

    private static int NonNegative(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"{name} takes a whole number.");

    private static TimeSpan Seconds(string name, string value) => TimeSpan.FromSeconds(Positive(name, value));

    // The benchmark floods whatever it points at, so it only ever points at this machine.
    private static Uri Loopback(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback
            ? new Uri(uri.GetLeftPart(UriPartial.Authority))
            : throw new FormatException("--url must be an http address on this machine, such as http://127.0.0.1:5080.");
}
