using Microsoft.AspNetCore.Mvc;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Validation;
using ServerlessIm.Functions.Api.Http;

namespace ServerlessIm.Functions.Api.Messages;

/// <summary>
/// The checks and the send shared by every way a message arrives: the HTTP send, the SignalR Service's
/// upstream call, and the local hub. Each answers with what the HTTP send would.
/// </summary>
public static class MessageSending
{
    public static async Task<IActionResult> SendAsync(
        SendService sends,
        string senderId,
        string conversationId,
        SendMessageBody? body,
        CancellationToken cancellationToken)
    {
        if (!Identifiers.IsToken(conversationId))
        {
            return Problems.Invalid("conversationId", "1-64 letters, digits, '-' or '_'.");
        }

        var errors = MessageRequestRules.Validate(body?.ClientMessageId, body?.DeviceId, body?.DeviceSeq, body?.Body);
        if (!errors.IsEmpty)
        {
            return Problems.Invalid(errors.ToDictionary());
        }

        var request = new SendRequest(body!.ClientMessageId!, body.DeviceId!, body.DeviceSeq!.Value, body.Body!);
        var outcome = await sends.SendAsync(senderId, conversationId, request, cancellationToken);
        return SendOutcomeResults.ToResult(outcome, conversationId);
    }
}
