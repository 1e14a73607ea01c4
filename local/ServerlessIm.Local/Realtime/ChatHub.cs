using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Messages;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Functions.Api.Messages;
using ServerlessIm.Infrastructure.Realtime;
using ServerlessIm.Local.Faults;

namespace ServerlessIm.Local.Realtime;

/// <summary>
/// The local stand-in for the region's SignalR Service hub: members connect with their token, receive pushes,
/// and send through the same send path and checks as <c>POST /api/conversations/{id}/messages</c>.
/// </summary>
[Authorize(AuthenticationSchemes = LocalRealtime.AuthenticationScheme)]
internal sealed class ChatHub(
    SendService sends,
    HubConnections connections,
    RegionFaults faults,
    ILogger<ChatHub> logger) : Hub
{
    public override Task OnConnectedAsync()
    {
        if (faults.IsDown)
        {
            Context.Abort();
            return Task.CompletedTask;
        }

        connections.Opened(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Closed(Context);
        return base.OnDisconnectedAsync(exception);
    }

    /// <returns>The message as the HTTP send answers it.</returns>
    /// <exception cref="HubException">Carries the problem document the HTTP send would answer with.</exception>
    [HubMethodName(ChatHubContract.SendMessageMethod)]
    public async Task<MessageView> SendMessageAsync(string conversationId, SendMessageBody body)
    {
        var answer = await ApiCall.RunAsync(logger, () => SendAsync(conversationId, body));
        return answer switch
        {
            ObjectResult { Value: MessageView view } => view,
            RetryLaterResult later => throw Failed(later.Problem.Value),
            ObjectResult problem => throw Failed(problem.Value),
            _ => throw new InvalidOperationException($"A send cannot answer with {answer.GetType().Name}."),
        };
    }

    private Task<IActionResult> SendAsync(string conversationId, SendMessageBody? body) =>
        MessageSending.SendAsync(sends, Context.UserIdentifier!, conversationId, body, Context.ConnectionAborted);

    // Limitation: SignalR puts its own prefix before a HubException's message; the problem JSON follows it.
    private static HubException Failed(object? problem) =>
        new(JsonSerializer.Serialize(problem, problem?.GetType() ?? typeof(ProblemDetails), JsonBody.Options));
}
