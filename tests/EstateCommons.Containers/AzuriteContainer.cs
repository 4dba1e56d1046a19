using DotNet.Testcontainers.Containers;

namespace EstateCommons.Containers;

/// <summary>
/// Azurite's blob service in a container built from <c>infra/azurite/Dockerfile</c>, published on loopback. Dispose
/// it to remove the container (and with it every blob: Azurite keeps them in memory).
/// </summary>
public sealed class AzuriteContainer : IAsyncDisposable
{
    private const int BlobPort = 10000;

    // Azurite's well-known development account; it is public and only ever used against the emulator.
    private const string Account = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    // The host's CA bundle goes into the build context so npm can reach its registry through a TLS-inspecting proxy.
    private const string HostCaBundle = "/etc/ssl/certs/ca-certificates.crt";

    private readonly IContainer _container;

    private AzuriteContainer(IContainer container, int blobPort)
    {
        _container = container;
        BlobEndpoint = new Uri($"http://{LoopbackContainer.Host}:{blobPort}/{Account}");
    }

    /// <summary>The blob service's address, path-style with the account name, as the SDK expects for Azurite.</summary>
    public Uri BlobEndpoint { get; }

    /// <summary>A connection string with the account key, so clients made from it can also sign SAS links.</summary>
    public string BlobConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};";

    public static async Task<AzuriteContainer> Start()
    {
        if (!File.Exists(HostCaBundle)) throw new FileNotFoundException($"Building the Azurite image needs the host's CA bundle at {HostCaBundle} (Debian's ca-certificates package).", HostCaBundle);
        var image = await DockerfileImage.Build("azurite", new Dictionary<string, string> { ["ca-certificates.crt"] = HostCaBundle });
        var (container, port) = await LoopbackContainer.Start(image, BlobPort, "successfully listens on");
        return new AzuriteContainer(container, port);
    }

    public ValueTask DisposeAsync() => _container.DisposeAsync();
}
