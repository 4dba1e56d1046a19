namespace EstateCommons.Benchmarks.Harness;

/// <summary>
/// The server a benchmark measures: by default one it starts itself, or one already running on this machine; and the
/// platform admin it signs in as to set up the estate (a started server is given this admin at start-up).
/// </summary>
public sealed record ServerTarget
{
    public const string Usage = """
          --url http://127.0.0.1:P   measure a running server instead of starting one (loopback only)
          --admin-email E            platform admin of that server (default bench-admin@estatecommons.example)
          --admin-password P         its password (default bench-admin-password-1)
        """;

    /// <summary>An already-running server to measure; null starts the Release build of the server as a child process.</summary>
    public Uri? Url { get; init; }

    public string AdminEmail { get; init; } = "bench-admin@estatecommons.example";

    public string AdminPassword { get; init; } = "bench-admin-password-1";

    public static bool IsOption(string name) => name is "--url" or "--admin-email" or "--admin-password";

    public ServerTarget With(string name, string value) => name switch
    {
        "--url" => this with { Url = OptionValues.Loopback(value) },
        "--admin-email" => this with { AdminEmail = value },
        "--admin-password" => this with { AdminPassword = value },
        _ => throw new FormatException($"Unknown option {name}."),
    };
}
