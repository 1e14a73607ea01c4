using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Regions;

namespace ServerlessIm.Core.Replication;

/// <summary>
/// Applies one replication event from a peer region. Every branch is idempotent, so a redelivered event
/// changes nothing; an exception means "not applied", and the consumer delivers the event again.
/// </summary>
public sealed partial class ReplicationReceiver(
    Applier applier,
    ForwardedSubmissions forwarded,
    ConversationService conversations,
    PeerRegions peers,
    RegionOptions region,
    ILogger<ReplicationReceiver> logger)
{
    /// <summary>Conversations of one batch applied side by side; a conversation's events stay in order.</summary>
    public const int ConversationsInParallel = 8;

    /// <summary>
    /// Applies a batch: each conversation's events in the order given (their key keeps them in one partition,
    /// in order), different conversations side by side, since no event of one depends on another's.
    /// </summary>
    public Task HandleBatchAsync(IReadOnlyList<ReplicationEvent> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);

        var byConversation = batch.GroupBy(static e => e.Key, StringComparer.Ordinal);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = ConversationsInParallel,
            CancellationToken = cancellationToken,
        };
        return Parallel.ForEachAsync(
            byConversation,
            parallel,
            async (events, ct) =>
            {
                foreach (var replicationEvent in events)
                {
                    await HandleAsync(replicationEvent, ct);
                }
            });
    }

    public async Task HandleAsync(ReplicationEvent replicationEvent, CancellationToken cancellationToken)
    {
        if (string.Equals(replicationEvent.SourceRegion, region.Region, StringComparison.Ordinal))
        {
            return;
        }

        if (replicationEvent.Version > EventTypes.CurrentVersion)
        {
            LogNewerVersion(replicationEvent.Type, replicationEvent.Version, replicationEvent.EventId);
            return;
        }

        switch (replicationEvent)
        {
            case { Type: EventTypes.MessageSequenced, Message: { } message }:
                await applier.ApplyAsync(message, cancellationToken);
                break;
            case { Type: EventTypes.MessageSubmitted, Submission: { } submission }:
                await forwarded.SequenceAsync(submission, cancellationToken);
                break;
            case { Type: EventTypes.ConversationChanged, Conversation: { } conversation }:
                await conversations.ApplyReplicaAsync(conversation, cancellationToken);
                break;
            case { Type: EventTypes.RegionHeartbeat, Heartbeat: { } heartbeat }:
                peers.Heard(heartbeat);
                break;
            default:
                LogUnknown(replicationEvent.Type, replicationEvent.EventId);
                break;
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Skipped event {EventId} of type {Type}: version {Version} is newer than this code reads")]
    private partial void LogNewerVersion(string type, int version, string eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped event {EventId} of unknown type {Type}")]
    private partial void LogUnknown(string type, string eventId);
}
