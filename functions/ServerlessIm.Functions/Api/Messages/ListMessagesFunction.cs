using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.Functions.Api.Http;

namespace ServerlessIm.Functions.Api.Messages;

/// <summary>
/// <c>GET /api/conversations/{id}/messages?after={seq}&amp;limit={n}</c>: the sync API. Messages in seq
/// order after the cursor; <c>next</c> is the cursor to continue from.
/// </summary>
public sealed class ListMessagesFunction(
    Authentication authentication,
    IConversationStore conversations,
    IConversationLog log,
    ILogger<ListMessagesFunction> logger)
{
    [Function("ListMessages")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "conversations/{conversationId}/messages")]
        HttpRequest request,
        string conversationId) =>
        ApiCall.RunAsync(logger, async () =>
        {
            var (caller, unauthenticated) = await authentication.AuthenticateAsync(request);
            if (caller is null)
            {
                return unauthenticated!;
            }

            if (!TryReadPage(request, out var after, out var limit, out var badPage))
            {
                return badPage!;
            }

            var (conversation, denied) = await Members.CheckAsync(conversations, conversationId, caller, request);
            if (conversation is null)
            {
                return denied!;
            }

            var messages = await log.ReadMessagesAsync(
                conversationId, after, limit, request.HttpContext.RequestAborted);
            var next = messages.Count == 0 ? after : messages[^1].Seq;
            return new OkObjectResult(new MessagePage(messages.Select(MessageView.From).ToList(), next));
        });

    internal static bool TryReadPage(HttpRequest request, out long after, out int limit, out IActionResult? problem)
    {
        after = 0;
        limit = 0;
        problem = null;

        var afterText = request.Query["after"].ToString();
        if (afterText.Length > 0
            && !long.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            problem = Problems.Invalid("after", "The seq to continue after: a whole number, 0 or more.");
            return false;
        }

        return PageSize.TryRead(request, out limit, out problem);
    }
}
