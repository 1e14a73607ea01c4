using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Replication;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.UnitTests.Support;

namespace ServerlessIm.UnitTests.Replication;

public sealed class ReplicationReceiverBatchTests : IDisposable
{
    private const string Home = "region-b";

    private readonly FakeRegion _region = new();
    private readonly Mock<IParkingLot> _parking = new();
    private readonly ConcurrentDictionary<string, ConversationHead> _heads = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Message> _parked = new();

    public ReplicationReceiverBatchTests()
    {
        _region.Log.Setup(l => l.ReadHeadAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(async (string id, CancellationToken _) =>
            {
                // Yield while "reading", so that the conversations of a batch interleave.
                await Task.Yield();
                return _heads.GetValueOrDefault(id);
            });
        _region.Log.Setup(l => l.TryAdvanceHeadAsync(It.IsAny<ConversationHead>(), It.IsAny<CancellationToken>()))
            .Callback((ConversationHead h, CancellationToken _) => _heads[h.ConversationId] = h with { ETag = "e" })
            .ReturnsAsync(true);
        _parking.Setup(p => p.ParkAsync(It.IsAny<Message>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Callback((Message m, DateTimeOffset _, CancellationToken _) => _parked.Enqueue(m))
            .Returns(Task.CompletedTask);
    }

    [Fact]
    public async Task HandleBatchAsync_InterleavedConversations_AppliesEachInItsOwnOrder()
    {
        string[] conversations = ["c1", "c2", "c3", "c4"];
        foreach (var id in conversations)
        {
            _region.HasConversation(id, Home, "alice", "bob");
        }

        var batch = Enumerable.Range(1, 30)
            .SelectMany(seq => conversations.Select(id => Event(id, seq)))
            .ToList();

        await Receiver().HandleBatchAsync(batch, CancellationToken.None);

        Assert.Empty(_parked);
        Assert.All(conversations, id => Assert.Equal(30, _heads[id].Seq));
    }

    [Fact]
    public async Task HandleBatchAsync_OneConversationOutOfOrder_ParksOnlyWhatArrivedEarly()
    {
        _region.HasConversation("c1", Home, "alice", "bob");
        _region.HasConversation("c2", Home, "alice", "bob");
        ReplicationEvent[] batch = [Event("c1", 1), Event("c2", 2), Event("c1", 2), Event("c2", 1)];

        await Receiver().HandleBatchAsync(batch, CancellationToken.None);

        Assert.Equal([("c2", 2L)], _parked.Select(static m => (m.ConversationId, m.Seq)));
        Assert.Equal((2L, 1L), (_heads["c1"].Seq, _heads["c2"].Seq));
    }

    public void Dispose() => _region.Dispose();

    private ReplicationEvent Event(string conversationId, long seq)
    {
        var now = _region.Clock.GetUtcNow();
        var message = new Message(
            conversationId, seq, 1, Home, "bob", "phone", seq, $"{conversationId}-{seq}", "hi", Home, now, now);
        return ReplicationEvent.Sequenced(message, Home, now);
    }

    private ReplicationReceiver Receiver()
    {
        var applier = new Applier(
            _region.Log.Object,
            _parking.Object,
            _region.Conversations.Object,
            _region.Notifier.Object,
            _region.Gate,
            _region.Region,
            new ReplicationMetrics(FakeRegion.RegionName),
            _region.Clock,
            NullLogger<Applier>.Instance);
        var forwarded = new ForwardedSubmissions(
            _region.Conversations.Object,
            _region.Submissions.Object,
            _region.Sequencer,
            _region.Sends,
            _region.Notifier.Object,
            _region.Region,
            NullLogger<ForwardedSubmissions>.Instance);
        return new ReplicationReceiver(
            applier,
            forwarded,
            _region.ConversationService,
            new PeerRegions(_region.Clock),
            _region.Region,
            NullLogger<ReplicationReceiver>.Instance);
    }
}
