using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.Core.Validation;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Functions.Api.Messages;
using ServerlessIm.Infrastructure.Replication;

namespace ServerlessIm.Functions.Replication;

/// <summary>
/// <c>GET /api/replication/conversations/{id}/messages?after={seq}&amp;limit={n}</c>: the peers' sync API.
/// The messages stored here in seq order after the cursor, each in the form of a replication event's
/// <c>message</c> payload, for a region repairing a gap; only tokens with the replication role may read it.
/// </summary>
public sealed class ListPeerMessagesFunction(
    Authentication authentication,
    IConversationLog log,
    ILogger<ListPeerMessagesFunction> logger)
{
    [Function("ListPeerMessages")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = PeerSyncApi.Route)] HttpRequest request,
        string conversationId) =>
        ApiCall.RunAsync(logger, async () =>
        {
            var (caller, unauthenticated) = await authentication.AuthenticateAsync(request);
            if (caller is null)
            {
                return unauthenticated!;
            }

            if (!caller.IsReplicationPeer)
            {
                return Problems.Create(
                    StatusCodes.Status403Forbidden,
                    ProblemTypes.Forbidden,
                    "For replication peers only.",
                    "This API serves the other regions of this deployment; call it with a replication-role token.");
            }

            if (!Identifiers.IsToken(conversationId))
            {
                return Problems.Invalid("conversationId", "1-64 letters, digits, '-' or '_'.");
            }

            if (!ListMessagesFunction.TryReadPage(request, out var after, out var limit, out var badPage))
            {
                return badPage!;
            }

            var messages = await log.ReadMessagesAsync(
                conversationId, after, limit, request.HttpContext.RequestAborted);
            var page = new PeerMessagePage(messages, messages.Count == 0 ? after : messages[^1].Seq);
            return new ContentResult
            {
                StatusCode = StatusCodes.Status200OK,
                ContentType = "application/json; charset=utf-8",
                Content = JsonSerializer.Serialize(page, ReplicationEventJson.Options),
            };
        });
}
