using Microsoft.Extensions.Time.Testing;
using ServerlessIm.Core.Replication;

namespace ServerlessIm.UnitTests.Replication;

public sealed class PeerRegionsTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UnixEpoch.AddDays(1));

    [Fact]
    public void Silence_AfterAHeartbeat_GrowsWithThisRegionsClock()
    {
        var peers = new PeerRegions(_clock);
        peers.Heard(new RegionHeartbeat("b", _clock.GetUtcNow(), "1"));

        _clock.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), peers.Silence()["b"]);
    }

    [Fact]
    public void Heard_RedeliveredOlderHeartbeat_DoesNotCountAsASignOfLife()
    {
        var peers = new PeerRegions(_clock);
        var sentAt = _clock.GetUtcNow();
        peers.Heard(new RegionHeartbeat("b", sentAt, "1"));
        _clock.Advance(TimeSpan.FromSeconds(30));

        peers.Heard(new RegionHeartbeat("b", sentAt.AddSeconds(-5), "1"));

        Assert.Equal(TimeSpan.FromSeconds(30), peers.Silence()["b"]);
    }

    [Fact]
    public void Heard_NewerHeartbeat_ResetsTheSilence()
    {
        var peers = new PeerRegions(_clock);
        peers.Heard(new RegionHeartbeat("b", _clock.GetUtcNow(), "1"));
        _clock.Advance(TimeSpan.FromSeconds(30));

        peers.Heard(new RegionHeartbeat("b", _clock.GetUtcNow(), "1"));

        Assert.Equal(TimeSpan.Zero, peers.Silence()["b"]);
    }
}
