using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// Sends queued pushes through the service's REST API, one call per member. A call that still fails after
/// the HttpClient's retries is logged and dropped: the member's client catches up from the sync API.
/// </summary>
public sealed partial class RealtimePushLoop(
    SignalRRestNotifier notifier,
    SignalRRestClient client,
    RealtimeMetrics metrics,
    ILogger<RealtimePushLoop> logger) : BackgroundService
{
    private const int MembersInParallel = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = MembersInParallel,
            CancellationToken = stoppingToken,
        };

        await foreach (var push in notifier.Queued.ReadAllAsync(stoppingToken))
        {
            await Parallel.ForEachAsync(push.MemberIds, parallel, (userId, ct) => SendAsync(userId, push, ct));
        }
    }

    private async ValueTask SendAsync(string userId, RealtimePush push, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendToUserAsync(userId, push.Method, push.Message, cancellationToken);
            metrics.RecordSent();
            LogPushed(push.Message.ConversationId, push.Message.Seq, push.Method, userId);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.RecordFailed();
            LogPushFailed(ex, push.Message.ConversationId, push.Message.ClientMessageId, push.Method, userId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pushed {Method} of {ConversationId} seq {Seq} to {UserId}")]
    private partial void LogPushed(string conversationId, long? seq, string method, string userId);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Gave up pushing {Method} of {ConversationId} message {ClientMessageId} to {UserId}; "
            + "the client will catch up from the sync API")]
    private partial void LogPushFailed(
        Exception exception,
        string conversationId,
        string clientMessageId,
        string method,
        string userId);
}
