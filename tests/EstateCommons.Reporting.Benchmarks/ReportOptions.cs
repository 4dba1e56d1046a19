namespace EstateCommons.Reporting.Benchmarks;

/// <summary>How big an estate to generate and how many reports to time, read from the command line.</summary>
public sealed record ReportOptions
{
    public int TrustSites { get; init; } = 500;
    public int EstateSites { get; init; } = 8_500;
    public int SitesPerTrust { get; init; } = 40;
    public int SpacesPerSite { get; init; } = 20;

    /// <summary>One site in this many holds a Saturday market.</summary>
    public int MarketEvery { get; init; } = 10;
    public int TrustRequests { get; init; } = 50;
    public int EstateRequests { get; init; } = 10;
    public int WarmUpRequests { get; init; } = 5;
    public YearMonth Month { get; init; } = new(2027, 3);

    public const string Usage = """
        Usage: dotnet run -c Release --project tests/EstateCommons.Reporting.Benchmarks -- [options]

          --trust-sites N       sites of the large trust whose report is timed (default 500)
          --sites N             sites in the whole estate, the large trust's included (default 8500)
          --sites-per-trust N   sites of each of the other trusts (default 40)
          --spaces N            spaces per site (default 20)
          --market-every N      one site in N holds a Saturday market (default 10)
          --trust-requests N    timed trust-wide reports after warm-up (default 50)
          --estate-requests N   timed estate-wide reports after warm-up (default 10)
          --warmup N            untimed reports of each kind before the timed ones (default 5)
        """;

    public static (ReportOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var (options, error) = OptionValues.Parse(args, new ReportOptions(), (options, name, value) => name switch
        {
            "--trust-sites" => options with { TrustSites = OptionValues.Positive(name, value) },
            "--sites" => options with { EstateSites = OptionValues.Positive(name, value) },
            "--sites-per-trust" => options with { SitesPerTrust = OptionValues.Positive(name, value) },
            "--spaces" => options with { SpacesPerSite = OptionValues.Positive(name, value) },
            "--market-every" => options with { MarketEvery = OptionValues.Positive(name, value) },
            "--trust-requests" => options with { TrustRequests = OptionValues.Positive(name, value) },
            "--estate-requests" => options with { EstateRequests = OptionValues.Positive(name, value) },
            "--warmup" => options with { WarmUpRequests = OptionValues.NonNegative(name, value) },
            _ => throw new FormatException($"Unknown option {name}."),
        });
        return options is { } o && o.EstateSites < o.TrustSites ? (null, "--sites counts the whole estate: it must be at least --trust-sites.") : (options, error);
    }
}
