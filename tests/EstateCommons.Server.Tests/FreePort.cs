using System.Net.Sockets;

namespace EstateCommons.Server.Tests;

public static class FreePort
{
    /// <summary>A loopback port nothing is listening on now, so several servers and silos can run side by side.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
