using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Realtime;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Replication;
using ServerlessIm.Core.Sequencing;

namespace ServerlessIm.IntegrationTests.Realtime;

/// <summary>
/// The send path of one region over Moq'd stores: conversation <see cref="ConversationId"/>, homed here,
/// with members alice and bob, whose log never has a head (each device starts at deviceSeq 1). Messages the
/// log is asked to store are kept in <see cref="Stored"/>.
/// </summary>
internal sealed class MoqRegion : IDisposable
{
    public const string RegionName = "region-a";
    public const string ConversationId = "c1";

    private readonly StripedGate _gate = new(4);

    public MoqRegion()
    {
        var conversation = new Conversation(
            ConversationId, "title", ["alice", "bob"], RegionName, 1, "alice", DateTimeOffset.UtcNow, 1);
        Conversations.Setup(c => c.GetAsync(ConversationId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(conversation);
        Log.Setup(l => l.TryAdvanceHeadAsync(It.IsAny<ConversationHead>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
        Log.Setup(l => l.StoreMessageAsync(It.IsAny<Message>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .Callback<Message, bool, CancellationToken>((message, _, _) => Stored.Add(message))
            .Returns(Task.CompletedTask);
    }

    public Mock<IConversationStore> Conversations { get; } = new();

    public Mock<IConversationLog> Log { get; } = new();

    public Mock<ISubmissionStore> Submissions { get; } = new();

    public Mock<IEventPublisher> Publisher { get; } = new();

    public List<Message> Stored { get; } = [];

    public SendService Sends(IRealtimeNotifier notifier) => new(
        Conversations.Object,
        Log.Object,
        Submissions.Object,
        new Sequencer(Log.Object, _gate, TimeProvider.System),
        Publisher.Object,
        notifier,
        new RegionOptions { Region = RegionName },
        TimeProvider.System,
        NullLogger<SendService>.Instance);

    public void Dispose() => _gate.Dispose();
}
