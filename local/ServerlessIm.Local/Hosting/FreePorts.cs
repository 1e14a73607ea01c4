using System.Net;
using System.Net.Sockets;

namespace ServerlessIm.Local.Hosting;

/// <summary>
/// Picks free loopback ports before the regions start, because each region's settings name the other's URL.
/// </summary>
internal static class FreePorts
{
    public static IReadOnlyList<int> Take(int count)
    {
        // Hold all listeners open together so that the same port is not handed out twice.
        var listeners = Enumerable.Range(0, count).Select(static _ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(static l => l.Start());
            return listeners.Select(static l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
        }
        finally
        {
            listeners.ForEach(static l => l.Stop());
        }
    }
}
