namespace EstateCommons.Server.Hosting;

/// <summary>How the silo finds the rest of the cluster: settings under "EstateCommons:Hosting".</summary>
public sealed class HostingOptions
{
    public HostingMode Mode { get; set; } = HostingMode.Embedded;

    /// <summary>In Cluster mode, take the silo's name, address and cluster from the pod (Orleans' Kubernetes hosting).</summary>
    public bool Kubernetes { get; set; }
}

public enum HostingMode
{
    /// <summary>One silo in this process, localhost clustering, reminders and signing keys in the data directory.</summary>
    Embedded,

    /// <summary>
    /// Many silos: membership, reminders and token-signing keys in Redis, grain state and documents in Blob Storage, so
    /// any silo answers the whole API and losing one loses nothing acknowledged.
    /// </summary>
    Cluster,
}
