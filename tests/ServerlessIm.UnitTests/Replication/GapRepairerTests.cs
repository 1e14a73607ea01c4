using System.Linq.Expressions;
using Moq;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Replication;

namespace ServerlessIm.UnitTests.Replication;

public sealed class GapRepairerTests : IDisposable
{
    private static readonly Expression<Func<IPeerHistory, Task<IReadOnlyList<Message>>>> AnyRead =
        p => p.ReadAsync(
            It.IsAny<string>(), It.IsAny<string>(), It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>());

    private readonly ReplicaHarness _replica = new();

    [Fact]
    public async Task RepairOverdueAsync_GapOpenPastTheDeadline_FetchesTheMissingRangeFromHomeAndApplies()
    {
        _replica.HeadAt(3);
        await _replica.Applier.ApplyAsync(_replica.Sequenced(6), CancellationToken.None);
        _replica.Peers
            .Setup(p => p.ReadAsync(
                ReplicaHarness.Home, ReplicaHarness.ConversationId, 3, 2, It.IsAny<CancellationToken>()))
            .ReturnsAsync([_replica.Sequenced(5), _replica.Sequenced(4)]);
        _replica.Fake.Clock.Advance(_replica.Options.GapRepairAfter + TimeSpan.FromSeconds(1));

        var repaired = await _replica.Repairer.RepairOverdueAsync(CancellationToken.None);

        Assert.Equal(2, repaired);
        Assert.Equal(["store:4", "notify:4", "store:5", "notify:5", "store:6", "notify:6"], _replica.Steps);
        Assert.Empty(_replica.ParkedSeqs);
        Assert.Equal(2, _replica.Metrics.Snapshot().Repaired);
    }

    [Fact]
    public async Task RepairOverdueAsync_GapYoungerThanTheDeadline_FetchesNothing()
    {
        _replica.HeadAt(3);
        await _replica.Applier.ApplyAsync(_replica.Sequenced(6), CancellationToken.None);
        _replica.Fake.Clock.Advance(_replica.Options.GapRepairAfter - TimeSpan.FromSeconds(1));

        var repaired = await _replica.Repairer.RepairOverdueAsync(CancellationToken.None);

        Assert.Equal(0, repaired);
        Assert.Equal([6L], _replica.ParkedSeqs);
        _replica.Peers.Verify(AnyRead, Times.Never);
    }

    [Fact]
    public async Task RepairOverdueAsync_PeerUnreachable_ThrowsAndKeepsTheParkedMessage()
    {
        _replica.HeadAt(3);
        await _replica.Applier.ApplyAsync(_replica.Sequenced(6), CancellationToken.None);
        _replica.Peers.Setup(AnyRead).ThrowsAsync(new HttpRequestException("peer down"));
        _replica.Fake.Clock.Advance(_replica.Options.GapRepairAfter + TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<HttpRequestException>(
            () => _replica.Repairer.RepairOverdueAsync(CancellationToken.None));

        Assert.Equal([6L], _replica.ParkedSeqs);
        Assert.Equal(3, _replica.Head?.Seq);
    }

    public void Dispose() => _replica.Dispose();
}
