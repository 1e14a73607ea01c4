using System.Collections.Concurrent;

namespace ServerlessIm.Bench.Measurements;

/// <summary>Collects durations from many tasks and summarizes them as percentiles.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentBag<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(TimeSpan duration) => _milliseconds.Add(duration.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public string Summary() =>
        Count == 0
            ? "no samples"
            : $"p50 {Percentile(50),7:F1} ms  p95 {Percentile(95),7:F1} ms  p99 {Percentile(99),7:F1} ms  "
              + $"max {Percentile(100),7:F1} ms  (n={Count})";
}
