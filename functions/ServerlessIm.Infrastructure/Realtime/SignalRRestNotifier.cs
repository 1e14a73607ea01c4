using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Realtime;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// Queues pushes for <see cref="RealtimePushLoop"/> and returns at once, so a write never waits for the
/// SignalR Service. The queue is bounded: when it is full the oldest push is dropped, since a push is only
/// a hint and clients catch up from the sync API.
/// </summary>
public sealed partial class SignalRRestNotifier : IRealtimeNotifier
{
    private readonly Channel<RealtimePush> _queue;
    private readonly RealtimeMetrics _metrics;
    private readonly ILogger<SignalRRestNotifier> _logger;

    public SignalRRestNotifier(SignalROptions options, RealtimeMetrics metrics, ILogger<SignalRRestNotifier> logger)
    {
        _metrics = metrics;
        _logger = logger;
        _queue = Channel.CreateBounded<RealtimePush>(
            new BoundedChannelOptions(Math.Max(1, options.PushQueueCapacity))
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = true,
            },
            Dropped);
    }

    /// <summary>The pushes waiting to be sent, oldest first.</summary>
    public ChannelReader<RealtimePush> Queued => _queue.Reader;

    public void MessageStored(IReadOnlyCollection<string> memberIds, Message message) =>
        Enqueue(new RealtimePush(memberIds, ChatHubContract.MessageMethod, MessageView.From(message)));

    public void MessagePending(IReadOnlyCollection<string> memberIds, Submission submission) =>
        // Limitation: a pending push carries no homeRegion (the notifier is not told it); the send's answer does.
        Enqueue(new RealtimePush(
            memberIds, ChatHubContract.PendingMethod, MessageView.Pending(submission, homeRegion: null)));

    private void Enqueue(RealtimePush push)
    {
        if (push.MemberIds.Count > 0)
        {
            // With DropOldest a bounded channel always accepts the write.
            _queue.Writer.TryWrite(push);
        }
    }

    private void Dropped(RealtimePush push)
    {
        _metrics.RecordDropped();
        LogPushDropped(push.Message.ConversationId, push.Message.ClientMessageId, push.Method);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The push queue is full; dropped the {Method} push of {ConversationId} message {ClientMessageId}")]
    private partial void LogPushDropped(string conversationId, string clientMessageId, string method);
}
