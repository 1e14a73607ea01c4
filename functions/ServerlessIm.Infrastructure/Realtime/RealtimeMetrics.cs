using System.Diagnostics.Metrics;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// Counts pushes per region, as instruments of the meter <see cref="MeterName"/> and as totals for health
/// reports. A dropped or failed push loses nothing: clients fill gaps from the sync API.
/// </summary>
public sealed class RealtimeMetrics(string region)
{
    public const string MeterName = "ServerlessIm.Realtime";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> SentCounter = Meter.CreateCounter<long>("serverlessim.realtime.sent");
    private static readonly Counter<long> FailedCounter = Meter.CreateCounter<long>("serverlessim.realtime.failed");
    private static readonly Counter<long> DroppedCounter =
        Meter.CreateCounter<long>("serverlessim.realtime.dropped");

    private readonly KeyValuePair<string, object?> _regionTag = new("region", region);
    private long _sent;
    private long _failed;
    private long _dropped;

    /// <summary>Per-user sends the service accepted.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Per-user sends given up after retries.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Notifications dropped unsent because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void RecordSent()
    {
        Interlocked.Increment(ref _sent);
        SentCounter.Add(1, _regionTag);
    }

    public void RecordFailed()
    {
        Interlocked.Increment(ref _failed);
        FailedCounter.Add(1, _regionTag);
    }

    public void RecordDropped()
    {
        Interlocked.Increment(ref _dropped);
        DroppedCounter.Add(1, _regionTag);
    }
}
