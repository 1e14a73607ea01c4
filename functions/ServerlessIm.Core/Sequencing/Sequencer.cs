using ServerlessIm.Core.Messages;

namespace ServerlessIm.Core.Sequencing;

/// <summary>
/// Assigns the next seq of a conversation homed in this region. Each attempt reads the head, stores
/// its tail, and advances it by one conditional replace; a lost race re-reads and tries again.
/// </summary>
public sealed class Sequencer(IConversationLog log, StripedGate gate, TimeProvider clock)
{
    private const int MaxAttempts = 25;

    public async Task<SequenceOutcome> SequenceAsync(
        Submission submission,
        string region,
        long epoch,
        CancellationToken cancellationToken)
    {
        using var entered = await gate.EnterAsync(submission.ConversationId, cancellationToken);

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var head = await ReadSettledHeadAsync(submission.ConversationId, region, epoch, cancellationToken);

            var earlier = await FindSequencedAsync(head, submission, cancellationToken);
            if (earlier is not null)
            {
                return new SequenceOutcome.Duplicate(earlier);
            }

            var expected = head.LastDeviceSeq(submission.Device) + 1;
            if (submission.DeviceSeq < expected)
            {
                return new SequenceOutcome.DeviceSeqReused(expected);
            }

            if (submission.DeviceSeq > expected)
            {
                return new SequenceOutcome.DeviceSeqAhead(expected);
            }

            var message = ToMessage(submission, head.Seq + 1, Math.Max(epoch, head.Epoch), region);
            if (!await log.TryAdvanceHeadAsync(head.Append(message), cancellationToken))
            {
                continue;
            }

            await log.StoreMessageAsync(message, awaitingPublish: true, cancellationToken);
            return new SequenceOutcome.Sequenced(message);
        }

        throw new ContentionException(submission.ConversationId);
    }

    /// <summary>Reads the head and makes sure its tail is stored, so the head can move past it.</summary>
    internal static async Task<ConversationHead> SettleAsync(
        IConversationLog log,
        ConversationHead? head,
        string conversationId,
        string region,
        long epoch,
        CancellationToken cancellationToken)
    {
        if (head is null)
        {
            return ConversationHead.Empty(conversationId, epoch);
        }

        if (head.Tail is { } tail)
        {
            var owesPublish = string.Equals(tail.SequencedBy, region, StringComparison.Ordinal);
            await log.StoreMessageAsync(tail, owesPublish, cancellationToken);
        }

        return head;
    }

    private async Task<ConversationHead> ReadSettledHeadAsync(
        string conversationId,
        string region,
        long epoch,
        CancellationToken cancellationToken)
    {
        var head = await log.ReadHeadAsync(conversationId, cancellationToken);
        return await SettleAsync(log, head, conversationId, region, epoch, cancellationToken);
    }

    private async Task<Message?> FindSequencedAsync(
        ConversationHead head,
        Submission submission,
        CancellationToken cancellationToken)
    {
        if (head.Tail is { } tail && submission.IsSameMessageAs(tail))
        {
            return tail;
        }

        return await log.FindByClientMessageIdAsync(
            submission.ConversationId,
            submission.SenderId,
            submission.ClientMessageId,
            cancellationToken);
    }

    private Message ToMessage(Submission submission, long seq, long epoch, string region) =>
        new(
            submission.ConversationId,
            seq,
            epoch,
            region,
            submission.SenderId,
            submission.DeviceId,
            submission.DeviceSeq,
            submission.ClientMessageId,
            submission.Body,
            submission.SubmittedIn,
            submission.SentAt,
            clock.GetUtcNow());
}
