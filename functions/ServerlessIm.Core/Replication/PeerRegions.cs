using System.Collections.Concurrent;

namespace ServerlessIm.Core.Replication;

/// <summary>What this region last heard from each peer region.</summary>
public sealed class PeerRegions(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastHeard = new(StringComparer.Ordinal);

    public void Heard(RegionHeartbeat heartbeat) =>
        _lastHeard.AddOrUpdate(heartbeat.Region, clock.GetUtcNow(), (_, _) => clock.GetUtcNow());

    /// <summary>How long ago each peer was last heard from.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Silence() =>
        _lastHeard.ToDictionary(static p => p.Key, p => clock.GetUtcNow() - p.Value, StringComparer.Ordinal);
}
