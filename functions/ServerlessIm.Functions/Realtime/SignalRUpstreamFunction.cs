using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Validation;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Functions.Api.Messages;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.Functions.Realtime;

/// <summary>
/// <c>POST /api/signalr/upstream/{hub}/{category}/{event}</c>: what the SignalR Service forwards from clients.
/// The service's signature is the only authentication; a client's <c>sendMessage</c> then takes the same
/// send path, with the same checks, as <c>POST /api/conversations/{id}/messages</c>.
/// </summary>
public sealed partial class SignalRUpstreamFunction(
    SignalROptions options,
    SendService sends,
    ILogger<SignalRUpstreamFunction> logger)
{
    private const string ConnectionsCategory = "connections";
    private const string MessagesCategory = "messages";

    [Function("SignalRUpstream")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "signalr/upstream/{hub}/{category}/{event}")]
        HttpRequest request,
        string hub,
        string category,
        string @event) =>
        ApiCall.RunAsync(logger, async () =>
        {
            var connectionId = request.Headers[UpstreamHeaders.ConnectionId].ToString();
            if (!UpstreamSignature.IsValid(connectionId, request.Headers[UpstreamHeaders.Signature], options.AccessKey))
            {
                LogSignatureRejected(hub, category, @event);
                return Problems.Unauthenticated("Upstream calls must carry the SignalR Service's signature.");
            }

            if (!string.Equals(hub, options.Hub, StringComparison.OrdinalIgnoreCase))
            {
                return Problems.Invalid("hub", $"This app serves the hub '{options.Hub}'.");
            }

            var userId = request.Headers[UpstreamHeaders.UserId].ToString();
            return category switch
            {
                ConnectionsCategory => Connection(@event, connectionId, userId),
                MessagesCategory => await InvokeAsync(request, @event, userId),
                _ => Problems.Invalid("category", "Either 'connections' or 'messages'."),
            };
        });

    private IActionResult Connection(string @event, string connectionId, string userId)
    {
        if (@event is not ("connected" or "disconnected"))
        {
            return Problems.Invalid("event", "Either 'connected' or 'disconnected'.");
        }

        LogConnectionEvent(@event, connectionId, userId);
        return new OkResult();
    }

    private async Task<IActionResult> InvokeAsync(HttpRequest request, string @event, string userId)
    {
        if (!string.Equals(@event, ChatHubContract.SendMessageMethod, StringComparison.Ordinal))
        {
            return Problems.Invalid("event", $"Clients may only invoke '{ChatHubContract.SendMessageMethod}'.");
        }

        var (bytes, unreadable) = await UpstreamBody.ReadAsync(request);
        if (bytes is null)
        {
            return unreadable!;
        }

        var (invocation, malformed) = UpstreamInvocation.Parse(bytes);
        if (invocation is null)
        {
            return malformed!;
        }

        if (!string.Equals(invocation.Target, @event, StringComparison.Ordinal))
        {
            return Problems.Invalid("target", $"The invocation's target must be '{@event}'.");
        }

        var aborted = request.HttpContext.RequestAborted;
        var answer = await ApiCall.RunAsync(logger, () => SendAsync(userId, invocation, aborted));
        return invocation.InvocationId is { } invocationId
            ? UpstreamAnswers.Complete(invocationId, answer)
            : UpstreamAnswers.Unanswered(answer);
    }

    /// <summary>The checks and the send of the HTTP API, for a sender named by the service.</summary>
    private async Task<IActionResult> SendAsync(
        string userId,
        UpstreamInvocation invocation,
        CancellationToken cancellationToken)
    {
        if (!Identifiers.IsUserId(userId))
        {
            return Problems.Unauthenticated("Connect with the token from /api/negotiate, which names your user.");
        }

        return await MessageSending.SendAsync(
            sends, userId, invocation.ConversationId, invocation.Message, cancellationToken);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Refused an upstream call to {Hub}/{Category}/{Event} without a valid SignalR Service signature")]
    private partial void LogSignatureRejected(string hub, string category, string @event);

    [LoggerMessage(Level = LogLevel.Debug, Message = "SignalR connection {ConnectionId} of {UserId} {Event}")]
    private partial void LogConnectionEvent(string @event, string connectionId, string userId);
}
