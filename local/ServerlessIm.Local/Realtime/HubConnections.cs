using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace ServerlessIm.Local.Realtime;

/// <summary>The connections open on this region's hub, so that taking the region down can close them.</summary>
internal sealed class HubConnections
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new(StringComparer.Ordinal);

    public void Opened(HubCallerContext connection) => _open[connection.ConnectionId] = connection;

    public void Closed(HubCallerContext connection) => _open.TryRemove(connection.ConnectionId, out _);

    public void AbortAll()
    {
        foreach (var connection in _open.Values)
        {
            connection.Abort();
        }
    }
}
