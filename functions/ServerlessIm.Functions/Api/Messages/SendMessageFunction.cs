using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Validation;
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

            if (!Identifiers.IsToken(conversationId))
            {
                return Problems.Invalid("conversationId", "1-64 letters, digits, '-' or '_'.");
            }

            var (body, unreadable) = await JsonBody.ReadAsync<SendMessageBody>(request);
            if (body is null)
            {
                return unreadable!;
            }

            var errors = MessageRequestRules.Validate(body.ClientMessageId, body.DeviceId, body.DeviceSeq, body.Body);
            if (!errors.IsEmpty)
            {
                return Problems.Invalid(errors.ToDictionary());
            }

            var send = new SendRequest(body.ClientMessageId!, body.DeviceId!, body.DeviceSeq!.Value, body.Body!);
            var outcome = await sends.SendAsync(
                caller.UserId, conversationId, send, request.HttpContext.RequestAborted);
            return SendOutcomeResults.ToResult(outcome, conversationId);
        });
}
