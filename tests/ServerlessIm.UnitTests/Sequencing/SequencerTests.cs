using Moq;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.UnitTests.Support;

namespace ServerlessIm.UnitTests.Sequencing;

public sealed class SequencerTests : IDisposable
{
    private const string Region = FakeRegion.RegionName;

    private readonly FakeRegion _region = new();
    private readonly List<ConversationHead> _advances = [];

    public SequencerTests()
    {
        _region.Log.Setup(l => l.TryAdvanceHeadAsync(It.IsAny<ConversationHead>(), It.IsAny<CancellationToken>()))
            .Callback((ConversationHead h, CancellationToken _) => _advances.Add(h))
            .ReturnsAsync(true);
    }

    [Fact]
    public async Task SequenceAsync_FirstMessage_GetsSeqOneAndIsStoredAfterTheHeadMoves()
    {
        var order = new List<string>();
        _region.Log.Setup(l => l.TryAdvanceHeadAsync(It.IsAny<ConversationHead>(), It.IsAny<CancellationToken>()))
            .Callback(() => order.Add("head")).ReturnsAsync(true);
        _region.Log.Setup(l => l.StoreMessageAsync(It.IsAny<Message>(), true, It.IsAny<CancellationToken>()))
            .Callback(() => order.Add("store")).Returns(Task.CompletedTask);

        var outcome = await _region.Sequencer.SequenceAsync(Submit(1), Region, epoch: 3, CancellationToken.None);

        var message = Assert.IsType<SequenceOutcome.Sequenced>(outcome).Message;
        Assert.Equal((1L, 3L, Region), (message.Seq, message.Epoch, message.SequencedBy));
        Assert.Equal(["head", "store"], order);
    }

    [Fact]
    public async Task SequenceAsync_HeadWithUnstoredTail_StoresTheTailBeforeMovingOn()
    {
        var tail = Sequenced(Submit(1, "m-1"), seq: 7);
        HeadIs(Head(7, tail, deviceSeq: 1));
        var order = new List<long>();
        _region.Log
            .Setup(l => l.StoreMessageAsync(It.IsAny<Message>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .Callback((Message m, bool _, CancellationToken _) => order.Add(m.Seq)).Returns(Task.CompletedTask);

        var outcome = await _region.Sequencer.SequenceAsync(Submit(2, "m-2"), Region, 1, CancellationToken.None);

        Assert.Equal(8, Assert.IsType<SequenceOutcome.Sequenced>(outcome).Message.Seq);
        Assert.Equal([7L, 8L], order);
    }

    [Fact]
    public async Task SequenceAsync_LostRace_RereadsAndTakesTheNextSeq()
    {
        HeadIs(Head(4, null, deviceSeq: 0));
        _region.Log
            .SetupSequence(l => l.TryAdvanceHeadAsync(It.IsAny<ConversationHead>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(false)
            .ReturnsAsync(true);
        _region.Log.SetupSequence(l => l.ReadHeadAsync("c1", It.IsAny<CancellationToken>()))
            .ReturnsAsync(Head(4, null, 0))
            .ReturnsAsync(Head(5, null, 0));

        var outcome = await _region.Sequencer.SequenceAsync(Submit(1), Region, 1, CancellationToken.None);

        Assert.Equal(6, Assert.IsType<SequenceOutcome.Sequenced>(outcome).Message.Seq);
    }

    [Fact]
    public async Task SequenceAsync_SameClientMessageIdAsTail_ReturnsTheStoredMessage()
    {
        var tail = Sequenced(Submit(1, "m-1"), seq: 9);
        HeadIs(Head(9, tail, deviceSeq: 1));

        var outcome = await _region.Sequencer.SequenceAsync(Submit(1, "m-1"), Region, 1, CancellationToken.None);

        Assert.Equal(9, Assert.IsType<SequenceOutcome.Duplicate>(outcome).Message.Seq);
        Assert.Empty(_advances);
    }

    [Fact]
    public async Task SequenceAsync_ClientMessageIdIndexed_ReturnsTheStoredMessage()
    {
        HeadIs(Head(20, null, deviceSeq: 5));
        var earlier = Sequenced(Submit(2, "m-2"), seq: 4);
        _region.Log.Setup(l => l.FindByClientMessageIdAsync("c1", "alice", "m-2", It.IsAny<CancellationToken>()))
            .ReturnsAsync(earlier);

        var outcome = await _region.Sequencer.SequenceAsync(Submit(2, "m-2"), Region, 1, CancellationToken.None);

        Assert.Same(earlier, Assert.IsType<SequenceOutcome.Duplicate>(outcome).Message);
        Assert.Empty(_advances);
    }

    [Fact]
    public async Task SequenceAsync_DeviceSeqSkipsAhead_RefusesWithTheExpectedValue()
    {
        HeadIs(Head(3, null, deviceSeq: 2));

        var outcome = await _region.Sequencer.SequenceAsync(Submit(4), Region, 1, CancellationToken.None);

        Assert.Equal(3, Assert.IsType<SequenceOutcome.DeviceSeqAhead>(outcome).ExpectedDeviceSeq);
        Assert.Empty(_advances);
    }

    [Fact]
    public async Task SequenceAsync_DeviceSeqUsedByAnotherMessage_RefusesAsReused()
    {
        HeadIs(Head(3, null, deviceSeq: 2));

        var outcome = await _region.Sequencer.SequenceAsync(Submit(2, "other"), Region, 1, CancellationToken.None);

        Assert.Equal(3, Assert.IsType<SequenceOutcome.DeviceSeqReused>(outcome).ExpectedDeviceSeq);
    }

    [Fact]
    public async Task SequenceAsync_AlwaysLosingTheRace_ThrowsContention()
    {
        _region.Log.Setup(l => l.TryAdvanceHeadAsync(It.IsAny<ConversationHead>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(false);

        await Assert.ThrowsAsync<ContentionException>(
            () => _region.Sequencer.SequenceAsync(Submit(1), Region, 1, CancellationToken.None));
    }

    public void Dispose() => _region.Dispose();

    private static Submission Submit(long deviceSeq, string? clientMessageId = null) =>
        new("c1", "alice", "phone", deviceSeq, clientMessageId ?? $"m-{deviceSeq}", "hi", Region,
            DateTimeOffset.UnixEpoch);

    private static Message Sequenced(Submission s, long seq) =>
        new(s.ConversationId, seq, 1, Region, s.SenderId, s.DeviceId, s.DeviceSeq, s.ClientMessageId, s.Body,
            s.SubmittedIn, s.SentAt, s.SentAt);

    private static ConversationHead Head(long seq, Message? tail, long deviceSeq) =>
        new("c1", seq, 1, new Dictionary<string, long> { ["phone|alice"] = deviceSeq }, tail, "etag");

    private void HeadIs(ConversationHead head) =>
        _region.Log.Setup(l => l.ReadHeadAsync("c1", It.IsAny<CancellationToken>())).ReturnsAsync(head);
}
