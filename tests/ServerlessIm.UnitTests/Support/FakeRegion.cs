using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Realtime;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Replication;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Infrastructure.Identity;

namespace ServerlessIm.UnitTests.Support;

/// <summary>One region's services over Moq'd ports, with a token validator that knows one caller.</summary>
internal sealed class FakeRegion : IDisposable
{
    public const string RegionName = "region-a";

    public Mock<ITokenValidator> Tokens { get; } = new();
    public Mock<IConversationStore> Conversations { get; } = new();
    public Mock<IConversationLog> Log { get; } = new();
    public Mock<ISubmissionStore> Submissions { get; } = new();
    public Mock<IEventPublisher> Publisher { get; } = new();
    public Mock<IRealtimeNotifier> Notifier { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    public RegionOptions Region { get; } = new() { Region = RegionName, PeerRegion = "region-b" };
    public StripedGate Gate { get; } = new(4);

    public FakeRegion(string callerId = "alice")
    {
        Tokens.Setup(t => t.ValidateAsync(Requests.ValidToken, It.IsAny<CancellationToken>()))
            .ReturnsAsync(TokenValidation.Valid(new Caller(callerId, new HashSet<string>())));
        Tokens.Setup(t => t.ValidateAsync(It.Is<string?>(s => s != Requests.ValidToken), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TokenValidation.Invalid("The token is not valid for this service."));
    }

    public Authentication Authentication => new(Tokens.Object);

    public Sequencer Sequencer => new(Log.Object, Gate, Clock);

    public SendService Sends => new(
        Conversations.Object,
        Log.Object,
        Submissions.Object,
        Sequencer,
        Publisher.Object,
        Notifier.Object,
        Region,
        Clock,
        NullLogger<SendService>.Instance);

    public ConversationService ConversationService => new(
        Conversations.Object, Publisher.Object, Region, Clock, NullLogger<ConversationService>.Instance);

    public Conversation HasConversation(string id, string homeRegion = RegionName, params string[] members)
    {
        var conversation = new Conversation(
            id, "title", members, homeRegion, Epoch: 1, members[0], Clock.GetUtcNow(), Version: 1);
        Conversations.Setup(c => c.GetAsync(id, It.IsAny<CancellationToken>())).ReturnsAsync(conversation);
        return conversation;
    }

    public void Dispose() => Gate.Dispose();
}
