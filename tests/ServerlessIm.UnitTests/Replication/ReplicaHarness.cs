using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Replication;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.UnitTests.Support;

namespace ServerlessIm.UnitTests.Replication;

/// <summary>
/// A region (<see cref="FakeRegion.RegionName"/>) replicating the conversation <see cref="ConversationId"/> homed
/// in the peer <see cref="Home"/>: the heads and the parking lot are Moq'd ports backed by in-memory state, and
/// every store and push is recorded in <see cref="Steps"/> in the order it happened.
/// </summary>
internal sealed class ReplicaHarness : IDisposable
{
    public const string ConversationId = "c1";
    public const string Home = "region-b";

    private readonly Dictionary<string, ConversationHead> _heads = [];
    private readonly SortedDictionary<long, (Message Message, DateTimeOffset ParkedAt)> _parked = [];
    private readonly HashSet<long> _stored = [];

    public ReplicaHarness()
    {
        Fake.Log.Setup(l => l.ReadHeadAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, CancellationToken _) => _heads.GetValueOrDefault(id));
        Fake.Log.Setup(l => l.TryAdvanceHeadAsync(It.IsAny<ConversationHead>(), It.IsAny<CancellationToken>()))
            .Callback((ConversationHead h, CancellationToken _) => _heads[h.ConversationId] = h with { ETag = "new" })
            .ReturnsAsync(true);
        Fake.Log.Setup(l => l.StoreMessageAsync(It.IsAny<Message>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .Callback((Message m, bool _, CancellationToken _) => Record(_stored.Add(m.Seq), $"store:{m.Seq}"))
            .Returns(Task.CompletedTask);
        Fake.Notifier.Setup(n => n.MessageStored(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<Message>()))
            .Callback((IReadOnlyCollection<string> _, Message m) => Steps.Add($"notify:{m.Seq}"));

        Parking.Setup(p => p.ParkAsync(It.IsAny<Message>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Callback((Message m, DateTimeOffset at, CancellationToken _) => _parked[m.Seq] = (m, at))
            .Returns(Task.CompletedTask);
        Parking.Setup(p => p.FindAsync(ConversationId, It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, long seq, CancellationToken _) =>
                _parked.TryGetValue(seq, out var parked) ? parked.Message : null);
        Parking.Setup(p => p.RemoveAsync(ConversationId, It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .Callback((string _, long seq, CancellationToken _) => _parked.Remove(seq))
            .Returns(Task.CompletedTask);
        Parking.Setup(p => p.ListOverdueAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((DateTimeOffset cutoff, CancellationToken _) => Overdue(cutoff));

        Fake.HasConversation(ConversationId, Home, "alice", "bob");
    }

    public FakeRegion Fake { get; } = new();

    public Mock<IParkingLot> Parking { get; } = new();

    public Mock<IPeerHistory> Peers { get; } = new();

    public ReplicationOptions Options { get; } = new();

    public ReplicationMetrics Metrics { get; } = new(FakeRegion.RegionName);

    /// <summary>The replica's head of <see cref="ConversationId"/>.</summary>
    public ConversationHead? Head => _heads.GetValueOrDefault(ConversationId);

    /// <summary>What the region did, in order: <c>store:{seq}</c> (first store only), <c>notify:{seq}</c>.</summary>
    public List<string> Steps { get; } = [];

    public IReadOnlyCollection<long> ParkedSeqs => _parked.Keys;

    public Applier Applier => new(
        Fake.Log.Object,
        Parking.Object,
        Fake.Conversations.Object,
        Fake.Notifier.Object,
        Fake.Gate,
        Fake.Region,
        Metrics,
        Fake.Clock,
        NullLogger<Applier>.Instance);

    public GapRepairer Repairer => new(
        Parking.Object,
        Fake.Log.Object,
        Fake.Conversations.Object,
        Peers.Object,
        Applier,
        Options,
        Metrics,
        Fake.Clock,
        NullLogger<GapRepairer>.Instance);

    public ForwardedSubmissions Forwarded => new(
        Fake.Conversations.Object,
        Fake.Submissions.Object,
        Fake.Sequencer,
        Fake.Sends,
        Fake.Notifier.Object,
        Fake.Region,
        NullLogger<ForwardedSubmissions>.Instance);

    public Sweeper Sweeper => new(
        Fake.Conversations.Object,
        Fake.Log.Object,
        Fake.Submissions.Object,
        Fake.ConversationService,
        Fake.Sends,
        Options,
        Fake.Clock);

    public ReplicationReceiver Receiver => new(
        Applier,
        Forwarded,
        Fake.ConversationService,
        new PeerRegions(Fake.Clock),
        Fake.Region,
        NullLogger<ReplicationReceiver>.Instance);

    public void HeadAt(long seq) =>
        _heads[ConversationId] = ConversationHead.Empty(ConversationId, epoch: 1) with { Seq = seq, ETag = $"e{seq}" };

    /// <summary>The message the home region sequenced at <paramref name="seq"/>.</summary>
    public Message Sequenced(long seq) =>
        new(
            ConversationId,
            seq,
            Epoch: 1,
            SequencedBy: Home,
            SenderId: "bob",
            DeviceId: "phone",
            DeviceSeq: seq,
            ClientMessageId: $"m-{seq}",
            Body: $"message {seq}",
            SubmittedIn: Home,
            SentAt: Fake.Clock.GetUtcNow(),
            SequencedAt: Fake.Clock.GetUtcNow());

    public void Dispose() => Fake.Dispose();

    private List<ParkedGap> Overdue(DateTimeOffset cutoff) =>
        _parked.Values.Any(p => p.ParkedAt < cutoff) ? [new ParkedGap(ConversationId, _parked.Keys.First())] : [];

    private void Record(bool first, string step)
    {
        if (first)
        {
            Steps.Add(step);
        }
    }
}
