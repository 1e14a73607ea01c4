using Moq;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Replication;
using ServerlessIm.Core.Sequencing;

namespace ServerlessIm.UnitTests.Replication;

public sealed class ApplierTests : IDisposable
{
    private readonly ReplicaHarness _replica = new();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ApplyAsync_SeqAtOrBelowReplica_SkipsAndCountsDuplicate(long seq)
    {
        _replica.HeadAt(3);

        var outcome = await _replica.Applier.ApplyAsync(_replica.Sequenced(seq), CancellationToken.None);

        Assert.Equal(ApplyOutcome.Duplicate, outcome);
        Assert.Equal(1, _replica.Metrics.Snapshot().Duplicates);
        Assert.Empty(_replica.Steps);
        _replica.Fake.Log.Verify(
            l => l.TryAdvanceHeadAsync(It.IsAny<ConversationHead>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ApplyAsync_NextSeq_StoresItThenPushesItToMembers()
    {
        _replica.HeadAt(3);
        var message = _replica.Sequenced(4);

        var outcome = await _replica.Applier.ApplyAsync(message, CancellationToken.None);

        Assert.Equal(ApplyOutcome.Applied, outcome);
        Assert.Equal(["store:4", "notify:4"], _replica.Steps);
        Assert.Equal(4, _replica.Head?.Seq);
        Assert.Equal(1, _replica.Metrics.Snapshot().Applied);
        // The home region published it; this replica owes no event for it.
        _replica.Fake.Log.Verify(l => l.StoreMessageAsync(message, false, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ApplyAsync_SeqBeyondTheNext_ParksItWithoutStoring()
    {
        _replica.HeadAt(3);
        var parkedAt = _replica.Fake.Clock.GetUtcNow();

        var outcome = await _replica.Applier.ApplyAsync(_replica.Sequenced(6), CancellationToken.None);

        Assert.Equal(ApplyOutcome.Parked, outcome);
        Assert.Equal([6L], _replica.ParkedSeqs);
        Assert.Empty(_replica.Steps);
        Assert.Equal(3, _replica.Head?.Seq);
        Assert.Equal(1, _replica.Metrics.Snapshot().Parked);
        _replica.Parking.Verify(
            p => p.ParkAsync(It.Is<Message>(m => m.Seq == 6), parkedAt, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ApplyAsync_MessageClosingAGap_AppliesParkedSuccessorsInOrderAndRemovesThem()
    {
        _replica.HeadAt(3);
        await _replica.Applier.ApplyAsync(_replica.Sequenced(6), CancellationToken.None);
        await _replica.Applier.ApplyAsync(_replica.Sequenced(5), CancellationToken.None);

        var outcome = await _replica.Applier.ApplyAsync(_replica.Sequenced(4), CancellationToken.None);

        Assert.Equal(ApplyOutcome.Applied, outcome);
        Assert.Equal(["store:4", "notify:4", "store:5", "notify:5", "store:6", "notify:6"], _replica.Steps);
        Assert.Empty(_replica.ParkedSeqs);
        Assert.Equal(6, _replica.Head?.Seq);
        _replica.Parking.Verify(p => p.RemoveAsync(ReplicaHarness.ConversationId, 5, It.IsAny<CancellationToken>()));
        _replica.Parking.Verify(p => p.RemoveAsync(ReplicaHarness.ConversationId, 6, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ApplyAsync_ParkedSuccessorsWithAHole_DrainsOnlyUpToTheHole()
    {
        _replica.HeadAt(3);
        await _replica.Applier.ApplyAsync(_replica.Sequenced(5), CancellationToken.None);
        await _replica.Applier.ApplyAsync(_replica.Sequenced(7), CancellationToken.None);

        await _replica.Applier.ApplyAsync(_replica.Sequenced(4), CancellationToken.None);

        Assert.Equal(5, _replica.Head?.Seq);
        Assert.Equal([7L], _replica.ParkedSeqs);
    }

    public void Dispose() => _replica.Dispose();
}
