using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Realtime;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Replication;
using ServerlessIm.Core.Sequencing;

namespace ServerlessIm.Core.Messages;

/// <summary>
/// The send path shared by HTTP and realtime: sequence here when this region is the conversation's home,
/// otherwise keep the message as a submission and forward it to the home region.
/// </summary>
public sealed partial class SendService(
    IConversationStore conversations,
    IConversationLog log,
    ISubmissionStore submissions,
    Sequencer sequencer,
    IEventPublisher publisher,
    IRealtimeNotifier notifier,
    RegionOptions region,
    TimeProvider clock,
    ILogger<SendService> logger)
{
    public async Task<SendOutcome> SendAsync(
        string senderId,
        string conversationId,
        SendRequest request,
        CancellationToken cancellationToken)
    {
        var access = await Access.CheckAsync(conversations, conversationId, senderId, cancellationToken);
        if (access is not Access.Granted { Conversation: var conversation })
        {
            return access is Access.NotFound ? new SendOutcome.ConversationNotFound() : new SendOutcome.NotAMember();
        }

        var submission = new Submission(
            conversationId,
            senderId,
            request.DeviceId,
            request.DeviceSeq,
            request.ClientMessageId,
            request.Body,
            region.Region,
            clock.GetUtcNow());

        return string.Equals(conversation.HomeRegion, region.Region, StringComparison.Ordinal)
            ? await SequenceHereAsync(conversation, submission, cancellationToken)
            : await SubmitToHomeAsync(conversation, submission, cancellationToken);
    }

    /// <summary>Publishes a message this region sequenced; on failure the sweeper publishes it later.</summary>
    public async Task PublishSequencedAsync(Message message, CancellationToken cancellationToken)
    {
        try
        {
            var sequenced = ReplicationEvent.Sequenced(message, region.Region, clock.GetUtcNow());
            await publisher.PublishAsync(sequenced, cancellationToken);
            await log.MarkPublishedAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPublishDeferred(ex, message.ConversationId, message.Seq);
        }
    }

    /// <summary>Publishes a submission for its home region; on failure the sweeper publishes it later.</summary>
    public async Task PublishSubmittedAsync(Submission submission, CancellationToken cancellationToken)
    {
        try
        {
            var submitted = ReplicationEvent.Submitted(submission, region.Region, clock.GetUtcNow());
            await publisher.PublishAsync(submitted, cancellationToken);
            await submissions.MarkPublishedAsync(submission, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSubmissionPublishDeferred(ex, submission.ConversationId, submission.ClientMessageId);
        }
    }

    private async Task<SendOutcome> SequenceHereAsync(
        Conversation conversation,
        Submission submission,
        CancellationToken cancellationToken)
    {
        var outcome = await sequencer.SequenceAsync(submission, region.Region, conversation.Epoch, cancellationToken);
        switch (outcome)
        {
            case SequenceOutcome.Sequenced { Message: var message }:
                await PublishSequencedAsync(message, cancellationToken);
                notifier.MessageStored(conversation.Members, message);
                return new SendOutcome.Sequenced(message, Repeat: false);
            case SequenceOutcome.Duplicate { Message: var message }:
                return new SendOutcome.Sequenced(message, Repeat: true);
            case SequenceOutcome.DeviceSeqAhead { ExpectedDeviceSeq: var expected }:
                return new SendOutcome.DeviceSeqAhead(expected);
            case SequenceOutcome.DeviceSeqReused { ExpectedDeviceSeq: var expected }:
                return new SendOutcome.DeviceSeqReused(expected);
            default:
                throw new InvalidOperationException($"Unknown sequencing outcome {outcome.GetType().Name}.");
        }
    }

    private async Task<SendOutcome> SubmitToHomeAsync(
        Conversation conversation,
        Submission submission,
        CancellationToken cancellationToken)
    {
        var sequenced = await log.FindByClientMessageIdAsync(
            submission.ConversationId, submission.SenderId, submission.ClientMessageId, cancellationToken);
        if (sequenced is not null)
        {
            return new SendOutcome.Sequenced(sequenced, Repeat: true);
        }

        var head = await log.ReadHeadAsync(submission.ConversationId, cancellationToken);
        var lastSequenced = head?.LastDeviceSeq(submission.Device) ?? 0;
        if (submission.DeviceSeq <= lastSequenced)
        {
            return new SendOutcome.DeviceSeqReused(lastSequenced + 1);
        }

        if (!await FollowsAcceptedAsync(submission, lastSequenced, cancellationToken))
        {
            return new SendOutcome.DeviceSeqAhead(lastSequenced + 1);
        }

        var held = await submissions.AcceptAsync(submission, cancellationToken);
        if (!string.Equals(held.ClientMessageId, submission.ClientMessageId, StringComparison.Ordinal))
        {
            return new SendOutcome.DeviceSeqReused(lastSequenced + 1);
        }

        var repeat = held != submission;
        await PublishSubmittedAsync(held, cancellationToken);
        notifier.MessagePending(conversation.Members, held);
        return new SendOutcome.Pending(held, conversation.HomeRegion, repeat);
    }

    /// <summary>A submission may only follow its device's previous one, sequenced or accepted here.</summary>
    private async Task<bool> FollowsAcceptedAsync(
        Submission submission,
        long lastSequenced,
        CancellationToken cancellationToken)
    {
        var previous = submission.DeviceSeq - 1;
        if (previous <= lastSequenced)
        {
            return true;
        }

        var accepted = await submissions.FindAcceptedAsync(
            submission.ConversationId, submission.Device, previous, cancellationToken);
        return accepted is not null;
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Publishing {ConversationId} seq {Seq} failed; it is stored and the sweeper will publish it")]
    private partial void LogPublishDeferred(Exception exception, string conversationId, long seq);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Forwarding {ConversationId} message {ClientMessageId} failed; the sweeper will forward it")]
    private partial void LogSubmissionPublishDeferred(
        Exception exception,
        string conversationId,
        string clientMessageId);
}
