using System.Collections.Concurrent;

namespace ServerlessIm.Core.Replication;

/// <summary>What this region last heard from each peer region.</summary>
/// <remarks>
/// Silence is measured on this region's clock, from when a heartbeat arrived, so clock skew between regions
/// does not matter; a heartbeat no newer than the last one (a redelivery) does not count as a sign of life.
/// </remarks>
public sealed class PeerRegions(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset SentAt, DateTimeOffset HeardAt)> _lastHeard =
        new(StringComparer.Ordinal);

    public void Heard(RegionHeartbeat heartbeat) =>
        _lastHeard.AddOrUpdate(
            heartbeat.Region,
            _ => (heartbeat.At, clock.GetUtcNow()),
            (_, last) => heartbeat.At > last.SentAt ? (heartbeat.At, clock.GetUtcNow()) : last);

    /// <summary>How long ago each peer was last heard from.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Silence() =>
        _lastHeard.ToDictionary(static p => p.Key, p => clock.GetUtcNow() - p.Value.HeardAt, StringComparer.Ordinal);
}
