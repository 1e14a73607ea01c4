namespace ServerlessIm.Core.Replication;

/// <summary>A region's sign of life, published on a timer; its absence is what a takeover watches for.</summary>
public sealed record RegionHeartbeat(string Region, DateTimeOffset At, string Version);
