using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Messages;
using ServerlessIm.Functions.Api.Http;

namespace ServerlessIm.Functions.Api.Messages;

/// <summary>
/// <c>POST /api/conversations/{id}/messages</c>: 201 when sequenced here, 200 for a repeat of a sequenced
/// message, 202 when stored as a submission for another home region.
/// </summary>
public sealed class SendMessageFunction(
    Authentication authentication,
    SendService sends,
    ILogger<SendMessageFunction> logger)
{
    [Function("SendMessage")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "conversations/{conversationId}/messages")]
        HttpRequest request,
        string conversationId) =>
        ApiCall.RunAsync(logger, async () =>
        {
            var (caller, unauthenticated) = await authentication.AuthenticateAsync(request);
            if (caller is null)
            {
                return unauthenticated!;
            }

            var (body, unreadable) = await JsonBody.ReadAsync<SendMessageBody>(request);
            if (body is null)
            {
                return unreadable!;
            }

            return await MessageSending.SendAsync(
                sends, caller.UserId, conversationId, body, request.HttpContext.RequestAborted);
        });
}
