using Moq;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Replication;
using ServerlessIm.UnitTests.Support;

namespace ServerlessIm.UnitTests.Replication;

public sealed class ForwardedSubmissionsTests : IDisposable
{
    private const string HomedHere = "c-home";

    private readonly ReplicaHarness _region = new();
    private readonly List<ReplicationEvent> _published = [];

    public ForwardedSubmissionsTests()
    {
        _region.Fake.HasConversation(HomedHere, FakeRegion.RegionName, "alice", "bob");
        _region.Fake.Publisher
            .Setup(p => p.PublishAsync(It.IsAny<ReplicationEvent>(), It.IsAny<CancellationToken>()))
            .Callback((ReplicationEvent e, CancellationToken _) => _published.Add(e))
            .Returns(Task.CompletedTask);
    }

    [Fact]
    public async Task SequenceAsync_NextOfItsDevice_SequencesPublishesAndPushesIt()
    {
        var submission = Submit(deviceSeq: 1);

        await _region.Forwarded.SequenceAsync(submission, CancellationToken.None);

        var sequenced = Assert.Single(_published);
        Assert.Equal(EventTypes.MessageSequenced, sequenced.Type);
        Assert.Equal((1L, "m-1", ReplicaHarness.Home), (sequenced.Message?.Seq, sequenced.Message?.ClientMessageId,
            sequenced.Message?.SubmittedIn));
        Assert.Contains("notify:1", _region.Steps);
        _region.Fake.Submissions.Verify(s => s.ReleaseHeldAsync(submission, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task SequenceAsync_AheadOfItsDevice_HoldsItUnsequenced()
    {
        var submission = Submit(deviceSeq: 2);

        await _region.Forwarded.SequenceAsync(submission, CancellationToken.None);

        Assert.Empty(_published);
        _region.Fake.Submissions.Verify(s => s.HoldAsync(submission, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task SequenceAsync_PredecessorOfAHeldSubmission_SequencesBothInDeviceOrder()
    {
        var held = Submit(deviceSeq: 2);
        _region.Fake.Submissions
            .Setup(s => s.FindHeldAsync(HomedHere, held.Device, 2, It.IsAny<CancellationToken>()))
            .ReturnsAsync(held);

        await _region.Forwarded.SequenceAsync(Submit(deviceSeq: 1), CancellationToken.None);

        Assert.Equal(
            [(1L, "m-1"), (2L, "m-2")],
            _published.Select(e => (e.Message!.Seq, e.Message.ClientMessageId)));
        _region.Fake.Submissions.Verify(s => s.ReleaseHeldAsync(held, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task SequenceAsync_ConversationHomedElsewhere_LeavesItAlone()
    {
        var submission = Submit(deviceSeq: 1) with { ConversationId = ReplicaHarness.ConversationId };

        await _region.Forwarded.SequenceAsync(submission, CancellationToken.None);

        Assert.Empty(_published);
        _region.Fake.Submissions.Verify(
            s => s.HoldAsync(It.IsAny<Submission>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    public void Dispose() => _region.Dispose();

    private Submission Submit(long deviceSeq) =>
        new(
            HomedHere,
            SenderId: "bob",
            DeviceId: "phone",
            deviceSeq,
            ClientMessageId: $"m-{deviceSeq}",
            Body: "hello",
            SubmittedIn: ReplicaHarness.Home,
            SentAt: _region.Fake.Clock.GetUtcNow());
}
