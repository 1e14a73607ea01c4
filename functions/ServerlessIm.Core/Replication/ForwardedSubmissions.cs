using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Realtime;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Sequencing;

namespace ServerlessIm.Core.Replication;

/// <summary>
/// The home region's side of a submission made elsewhere: sequence it by the same rules as a local send,
/// and hold one that arrives before its device's previous message until that one is sequenced.
/// </summary>
public sealed partial class ForwardedSubmissions(
    IConversationStore conversations,
    ISubmissionStore submissions,
    Sequencer sequencer,
    SendService sends,
    IRealtimeNotifier notifier,
    RegionOptions region,
    ILogger<ForwardedSubmissions> logger)
{
    public async Task SequenceAsync(Submission submission, CancellationToken cancellationToken)
    {
        var conversation = await conversations.GetAsync(submission.ConversationId, cancellationToken);
        if (conversation is null || !string.Equals(conversation.HomeRegion, region.Region, StringComparison.Ordinal))
        {
            // Limitation: a submission reaching a region that is not the home is dropped, not re-forwarded.
            LogNotHome(submission.ConversationId, conversation?.HomeRegion);
            return;
        }

        var next = submission;
        while (next is not null)
        {
            var outcome = await sequencer.SequenceAsync(next, region.Region, conversation.Epoch, cancellationToken);
            next = await HandleAsync(conversation, next, outcome, cancellationToken);
        }
    }

    /// <returns>The held submission that may follow now, if any.</returns>
    private async Task<Submission?> HandleAsync(
        Conversation conversation,
        Submission submission,
        SequenceOutcome outcome,
        CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case SequenceOutcome.Sequenced { Message: var message }:
                await sends.PublishSequencedAsync(message, cancellationToken);
                notifier.MessageStored(conversation.Members, message);
                await submissions.ReleaseHeldAsync(submission, cancellationToken);
                return await NextHeldAsync(submission, cancellationToken);
            case SequenceOutcome.Duplicate:
                await submissions.ReleaseHeldAsync(submission, cancellationToken);
                return await NextHeldAsync(submission, cancellationToken);
            case SequenceOutcome.DeviceSeqAhead { ExpectedDeviceSeq: var expected }:
                await submissions.HoldAsync(submission, cancellationToken);
                LogHeld(submission.ConversationId, submission.DeviceSeq, expected);
                return null;
            default:
                LogReused(submission.ConversationId, submission.ClientMessageId, submission.DeviceSeq);
                return null;
        }
    }

    private Task<Submission?> NextHeldAsync(Submission submission, CancellationToken cancellationToken) =>
        submissions.FindHeldAsync(
            submission.ConversationId, submission.Device, submission.DeviceSeq + 1, cancellationToken);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Ignored a submission for {ConversationId}: its home is {Region}, not this region")]
    private partial void LogNotHome(string conversationId, string? region);

    [LoggerMessage(
        Level = LogLevel.Debug,
        Message = "Held {ConversationId} deviceSeq {DeviceSeq} until deviceSeq {Expected} is sequenced")]
    private partial void LogHeld(string conversationId, long deviceSeq, long expected);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Dropped {ConversationId} message {ClientMessageId}: deviceSeq {DeviceSeq} is another message's")]
    private partial void LogReused(string conversationId, string clientMessageId, long deviceSeq);
}
