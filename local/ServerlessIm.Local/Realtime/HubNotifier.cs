using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Realtime;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.Local.Realtime;

/// <summary>
/// Pushes to the members connected to this region's local hub, with the payloads of the SignalR Service path.
/// A push is a hint: it is sent without waiting, and a failed one is logged, never felt by the write.
/// </summary>
internal sealed partial class HubNotifier(IHubContext<ChatHub> hub, ILogger<HubNotifier> logger) : IRealtimeNotifier
{
    public void MessageStored(IReadOnlyCollection<string> memberIds, Message message) =>
        Push(memberIds, ChatHubContract.MessageMethod, MessageView.From(message));

    public void MessagePending(IReadOnlyCollection<string> memberIds, Submission submission) =>
        Push(memberIds, ChatHubContract.PendingMethod, MessageView.Pending(submission, homeRegion: null));

    private void Push(IReadOnlyCollection<string> memberIds, string method, MessageView message)
    {
        if (memberIds.Count == 0)
        {
            return;
        }

        var send = hub.Clients.Users(memberIds).SendAsync(method, message);
        if (!send.IsCompletedSuccessfully)
        {
            _ = send.ContinueWith(
                t => LogPushFailed(t.Exception!, method, message.ConversationId),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Push {Method} for {ConversationId} failed; clients resync by seq")]
    private partial void LogPushFailed(Exception exception, string method, string conversationId);
}
