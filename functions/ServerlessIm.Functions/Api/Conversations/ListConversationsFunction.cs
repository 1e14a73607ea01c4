using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Functions.Api.Http;

namespace ServerlessIm.Functions.Api.Conversations;

/// <summary><c>GET /api/conversations?limit=&amp;continuation=</c>: the caller's conversations.</summary>
public sealed class ListConversationsFunction(
    Authentication authentication,
    IConversationStore conversations,
    ILogger<ListConversationsFunction> logger)
{
    private const int MaxContinuationChars = 4096;

    [Function("ListConversations")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "conversations")] HttpRequest request) =>
        ApiCall.RunAsync(logger, async () =>
        {
            var (caller, unauthenticated) = await authentication.AuthenticateAsync(request);
            if (caller is null)
            {
                return unauthenticated!;
            }

            if (!PageSize.TryRead(request, out var limit, out var badLimit))
            {
                return badLimit!;
            }

            var continuation = request.Query["continuation"].ToString();
            if (continuation.Length > MaxContinuationChars)
            {
                return Problems.Invalid("continuation", "Pass back the 'continuation' of the previous page as is.");
            }

            var page = await conversations.ListForUserAsync(
                caller.UserId,
                limit,
                continuation.Length == 0 ? null : continuation,
                request.HttpContext.RequestAborted);
            return new OkObjectResult(new
            {
                conversations = page.Conversations.Select(ConversationView.From),
                continuation = page.Continuation,
            });
        });
}
