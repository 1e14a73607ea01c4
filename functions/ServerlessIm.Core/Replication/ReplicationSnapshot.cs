namespace ServerlessIm.Core.Replication;

/// <summary>Totals since this process started, and the lag of the last applied message.</summary>
public sealed record ReplicationSnapshot(long Applied, long Duplicates, long Parked, long Repaired, long LastLagMs);
