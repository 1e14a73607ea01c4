using Moq;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Replication;

namespace ServerlessIm.UnitTests.Replication;

public sealed class SweeperTests : IDisposable
{
    private readonly ReplicaHarness _region = new();
    private readonly Conversation _conversation;
    private readonly Message _message;
    private readonly Submission _submission;

    public SweeperTests()
    {
        var now = _region.Fake.Clock.GetUtcNow();
        _conversation = new Conversation("c-new", "", ["alice", "bob"], "region-a", 1, "alice", now, 1);
        _message = _region.Sequenced(9) with { SequencedBy = "region-a" };
        _submission = new Submission("c-other", "alice", "laptop", 3, "m-3", "hi", "region-a", now);

        var cutoff = now - _region.Options.SweepAfter;
        var limit = _region.Options.BatchSize;
        _region.Fake.Conversations.Setup(c => c.ListUnpublishedAsync(cutoff, limit, It.IsAny<CancellationToken>()))
            .ReturnsAsync([_conversation]);
        _region.Fake.Log.Setup(l => l.ListUnpublishedAsync(cutoff, limit, It.IsAny<CancellationToken>()))
            .ReturnsAsync([_message]);
        _region.Fake.Submissions.Setup(s => s.ListUnpublishedAsync(cutoff, limit, It.IsAny<CancellationToken>()))
            .ReturnsAsync([_submission]);
    }

    [Fact]
    public async Task SweepAsync_StoredButUnpublishedRecords_RepublishesEachAndMarksItPublished()
    {
        var published = new List<string>();
        _region.Fake.Publisher
            .Setup(p => p.PublishAsync(It.IsAny<ReplicationEvent>(), It.IsAny<CancellationToken>()))
            .Callback((ReplicationEvent e, CancellationToken _) => published.Add($"{e.Type} {e.Key}"))
            .Returns(Task.CompletedTask);

        var swept = await _region.Sweeper.SweepAsync(CancellationToken.None);

        Assert.Equal(3, swept);
        Assert.Equal(
            ["conversation.changed c-new", "message.sequenced c1", "message.submitted c-other"],
            published);
        _region.Fake.Conversations.Verify(c => c.MarkPublishedAsync(_conversation, It.IsAny<CancellationToken>()));
        _region.Fake.Log.Verify(l => l.MarkPublishedAsync(_message, It.IsAny<CancellationToken>()));
        _region.Fake.Submissions.Verify(s => s.MarkPublishedAsync(_submission, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task SweepAsync_PublishFails_LeavesEveryRecordUnpublishedForTheNextSweep()
    {
        _region.Fake.Publisher
            .Setup(p => p.PublishAsync(It.IsAny<ReplicationEvent>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("Kafka is unreachable"));

        await _region.Sweeper.SweepAsync(CancellationToken.None);

        _region.Fake.Conversations.Verify(
            c => c.MarkPublishedAsync(It.IsAny<Conversation>(), It.IsAny<CancellationToken>()), Times.Never);
        _region.Fake.Log.Verify(
            l => l.MarkPublishedAsync(It.IsAny<Message>(), It.IsAny<CancellationToken>()), Times.Never);
        _region.Fake.Submissions.Verify(
            s => s.MarkPublishedAsync(It.IsAny<Submission>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    public void Dispose() => _region.Dispose();
}
