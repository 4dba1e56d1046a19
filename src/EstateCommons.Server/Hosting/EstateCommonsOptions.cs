namespace EstateCommons.Server.Hosting;

/// <summary>Settings under "EstateCommons" in configuration.</summary>
public sealed class EstateCommonsOptions
{
    public const string Section = "EstateCommons";

    /// <summary>Where grain state and keys are kept; relative paths are under the working directory.</summary>
    public string DataPath { get; set; } = ".estatecommons";

    /// <summary>Seeds a demo trust, sites, spaces, a charity and accounts into an empty data directory.</summary>
    public bool SeedDemo { get; set; }

    public BootstrapOptions Bootstrap { get; set; } = new();

    public HostingOptions Hosting { get; set; } = new();

    public OrleansEndpointOptions Orleans { get; set; } = new();

    public RedisSettings Redis { get; set; } = new();

    public StorageOptions Storage { get; set; } = new();

    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public string FullDataPath => Path.GetFullPath(DataPath);
}

public sealed class BootstrapOptions
{
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}

/// <summary>Ports of the co-hosted silo. The defaults are Orleans' own; tests pick free ones so several silos can run at once.</summary>
public sealed class OrleansEndpointOptions
{
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// In Cluster mode, the address other silos reach this one at; unset, the machine's first non-loopback IPv4 address
    /// (127.0.0.1 when it has none).
    /// </summary>
    public string? AdvertisedAddress { get; set; }
}
