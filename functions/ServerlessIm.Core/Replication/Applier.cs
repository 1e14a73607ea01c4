using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Realtime;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Sequencing;

namespace ServerlessIm.Core.Replication;

/// <summary>
/// Applies sequenced messages from another region to this region's replica, by the sequence check:
/// a seq at or below the replica's is a duplicate, the next seq is stored (then its parked successors),
/// and a seq further ahead is parked.
/// </summary>
public sealed partial class Applier(
    IConversationLog log,
    IParkingLot parking,
    IConversationStore conversations,
    IRealtimeNotifier notifier,
    StripedGate gate,
    RegionOptions region,
    ReplicationMetrics metrics,
    TimeProvider clock,
    ILogger<Applier> logger)
{
    private const int MaxAttempts = 25;

    public async Task<ApplyOutcome> ApplyAsync(Message message, CancellationToken cancellationToken)
    {
        using var entered = await gate.EnterAsync(message.ConversationId, cancellationToken);

        var outcome = await ApplyOneAsync(message, cancellationToken);
        if (outcome != ApplyOutcome.Applied)
        {
            return outcome;
        }

        await DrainAsync(message.ConversationId, message.Seq, cancellationToken);
        return outcome;
    }

    /// <summary>Applies parked messages that follow <paramref name="seq"/> without a gap.</summary>
    public async Task DrainAfterAsync(string conversationId, long seq, CancellationToken cancellationToken)
    {
        using var entered = await gate.EnterAsync(conversationId, cancellationToken);
        await DrainAsync(conversationId, seq, cancellationToken);
    }

    private async Task<ApplyOutcome> ApplyOneAsync(Message message, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await log.ReadHeadAsync(message.ConversationId, cancellationToken);
            var head = await Sequencer.SettleAsync(
                log, stored, message.ConversationId, region.Region, message.Epoch, cancellationToken);

            if (message.Seq <= head.Seq)
            {
                metrics.Duplicate();
                LogDuplicate(message.ConversationId, message.Seq, head.Seq);
                return ApplyOutcome.Duplicate;
            }

            if (message.Seq > head.Seq + 1)
            {
                await parking.ParkAsync(message, clock.GetUtcNow(), cancellationToken);
                metrics.Parked();
                LogParked(message.ConversationId, message.Seq, head.Seq);
                return ApplyOutcome.Parked;
            }

            if (!await log.TryAdvanceHeadAsync(head.Append(message), cancellationToken))
            {
                continue;
            }

            var owesPublish = string.Equals(message.SequencedBy, region.Region, StringComparison.Ordinal);
            await log.StoreMessageAsync(message, owesPublish, cancellationToken);
            metrics.Applied(clock.GetUtcNow() - message.SequencedAt);
            LogApplied(message.ConversationId, message.Seq, message.Epoch);
            await NotifyAsync(message, cancellationToken);
            return ApplyOutcome.Applied;
        }

        throw new ContentionException(message.ConversationId);
    }

    /// <remarks>A parked message is removed only after it is applied, so a crash here loses nothing.</remarks>
    private async Task DrainAsync(string conversationId, long seq, CancellationToken cancellationToken)
    {
        var next = seq + 1;
        while (await parking.FindAsync(conversationId, next, cancellationToken) is { } parked)
        {
            if (await ApplyOneAsync(parked, cancellationToken) == ApplyOutcome.Parked)
            {
                return;
            }

            await parking.RemoveAsync(conversationId, next, cancellationToken);
            next++;
        }
    }

    private async Task NotifyAsync(Message message, CancellationToken cancellationToken)
    {
        var conversation = await conversations.GetAsync(message.ConversationId, cancellationToken);
        if (conversation is not null)
        {
            notifier.MessageStored(conversation.Members, message);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Applied {ConversationId} seq {Seq} of epoch {Epoch}")]
    private partial void LogApplied(string conversationId, long seq, long epoch);

    [LoggerMessage(
        Level = LogLevel.Debug,
        Message = "Skipped duplicate {ConversationId} seq {Seq}; replica at {HeadSeq}")]
    private partial void LogDuplicate(string conversationId, long seq, long headSeq);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Parked {ConversationId} seq {Seq}: replica is at {HeadSeq}, waiting for the gap to close")]
    private partial void LogParked(string conversationId, long seq, long headSeq);
}
