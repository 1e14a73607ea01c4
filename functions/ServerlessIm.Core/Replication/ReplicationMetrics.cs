using System.Diagnostics.Metrics;

namespace ServerlessIm.Core.Replication;

/// <summary>
/// Counts what the applier does, per region, both as OpenTelemetry-exportable instruments of the meter
/// <see cref="MeterName"/> and as a snapshot the health endpoint reports.
/// </summary>
public sealed class ReplicationMetrics
{
    public const string MeterName = "ServerlessIm.Replication";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> AppliedCounter =
        Meter.CreateCounter<long>("serverlessim.replication.applied");
    private static readonly Counter<long> DuplicateCounter =
        Meter.CreateCounter<long>("serverlessim.replication.duplicates");
    private static readonly Counter<long> ParkedCounter =
        Meter.CreateCounter<long>("serverlessim.replication.parked");
    private static readonly Counter<long> RepairedCounter =
        Meter.CreateCounter<long>("serverlessim.replication.repaired");
    private static readonly Histogram<double> LagHistogram =
        Meter.CreateHistogram<double>("serverlessim.replication.lag", unit: "ms");

    private readonly KeyValuePair<string, object?> _regionTag;
    private long _applied;
    private long _duplicates;
    private long _parked;
    private long _repaired;
    private long _lastLagMs;

    public ReplicationMetrics(string region)
    {
        _regionTag = new("region", region);
    }

    public void Applied(TimeSpan lag)
    {
        Interlocked.Increment(ref _applied);
        Interlocked.Exchange(ref _lastLagMs, (long)lag.TotalMilliseconds);
        AppliedCounter.Add(1, _regionTag);
        LagHistogram.Record(lag.TotalMilliseconds, _regionTag);
    }

    public void Duplicate()
    {
        Interlocked.Increment(ref _duplicates);
        DuplicateCounter.Add(1, _regionTag);
    }

    public void Parked()
    {
        Interlocked.Increment(ref _parked);
        ParkedCounter.Add(1, _regionTag);
    }

    public void Repaired(int count)
    {
        Interlocked.Add(ref _repaired, count);
        RepairedCounter.Add(count, _regionTag);
    }

    public ReplicationSnapshot Snapshot() => new(
        Interlocked.Read(ref _applied),
        Interlocked.Read(ref _duplicates),
        Interlocked.Read(ref _parked),
        Interlocked.Read(ref _repaired),
        Interlocked.Read(ref _lastLagMs));
}
