using System.Diagnostics.Metrics;
using ServerlessIm.Core.Replication;

namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>Collects the replication lag each region's applier records, from sequencing to applying.</summary>
internal sealed class LagListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<string, List<double>> _lags = new(StringComparer.Ordinal);

    public LagListener()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ReplicationMetrics.MeterName
                && instrument.Name == "serverlessim.replication.lag")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>(Record);
        _listener.Start();
    }

    public string Summary(string region)
    {
        List<double> lags;
        lock (_lags)
        {
            lags = _lags.TryGetValue(region, out var recorded) ? recorded.Order().ToList() : [];
        }

        return lags.Count == 0
            ? "no lag recorded"
            : $"lag ms p50 {Percentile(lags, 0.5):0} p95 {Percentile(lags, 0.95):0} max {lags[^1]:0} (n {lags.Count})";
    }

    public void Dispose() => _listener.Dispose();

    private static double Percentile(List<double> sorted, double p) =>
        sorted[(int)Math.Min(sorted.Count - 1, p * sorted.Count)];

    private void Record(
        Instrument instrument,
        double value,
        ReadOnlySpan<KeyValuePair<string, object?>> tags,
        object? state)
    {
        foreach (var tag in tags)
        {
            if (tag is { Key: "region", Value: string region })
            {
                lock (_lags)
                {
                    if (!_lags.TryGetValue(region, out var lags))
                    {
                        lags = [];
                        _lags[region] = lags;
                    }

                    lags.Add(value);
                }
            }
        }
    }
}
