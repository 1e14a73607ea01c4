using System.Collections.Concurrent;
using ServerlessIm.Local.Emulators.Kafka;

namespace ServerlessIm.Local.Faults;

/// <summary>
/// The faults of one local deployment, shared by its regions: each region's own switches, the replication
/// link between them, and the delay of their Kafka clusters.
/// </summary>
public sealed class LocalFaults
{
    private readonly ConcurrentDictionary<string, RegionFaults> _regions = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<MockKafkaCluster> _clusters = [];
    private volatile bool _linkCut;
    private TimeSpan _delay;

    /// <summary>Whether replication events stop flowing between the regions (both trigger loops pause).</summary>
    public bool IsLinkCut => _linkCut;

    /// <summary>The delay added to every answer of the deployment's Kafka brokers.</summary>
    public TimeSpan Delay => _delay;

    public IReadOnlyCollection<string> Regions => _regions.Keys.Order(StringComparer.Ordinal).ToList();

    public RegionFaults For(string region) => _regions.GetOrAdd(region, name => new RegionFaults(name, this));

    public bool Knows(string region) => _regions.ContainsKey(region);

    /// <summary>Lets <see cref="SetDelay"/> reach a cluster the deployment's regions use.</summary>
    public void AddCluster(MockKafkaCluster cluster) => _clusters.Add(cluster);

    public void CutLink() => SetLink(cut: true);

    public void HealLink() => SetLink(cut: false);

    /// <summary>Delays every Kafka broker's answers, so events take longer to go from region to region.</summary>
    /// <returns><c>false</c> when no cluster can be delayed (regions on a Kafka the runner did not start).</returns>
    public bool SetDelay(TimeSpan delay)
    {
        if (_clusters.IsEmpty)
        {
            return false;
        }

        // Limitation: the delay slows every request to the brokers, a region's own publishes too.
        foreach (var cluster in _clusters)
        {
            cluster.SetRtt(delay);
        }

        _delay = delay;
        return true;
    }

    private void SetLink(bool cut)
    {
        _linkCut = cut;
        foreach (var region in _regions.Values)
        {
            region.NotifyChanged();
        }
    }
}
