using System.Globalization;

namespace ServerlessIm.Infrastructure.Replication;

/// <summary>
/// Where a region serves its stored messages to its peers for gap repair. Only callers whose token carries
/// the replication role may read it.
/// </summary>
public static class PeerSyncApi
{
    /// <summary>The function route, below the host's <c>api</c> prefix.</summary>
    public const string Route = "replication/conversations/{conversationId}/messages";

    /// <summary>The request path and query for one page, relative to a region's base URL.</summary>
    public static string PathFor(string conversationId, long afterSeq, int limit) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"api/replication/conversations/{Uri.EscapeDataString(conversationId)}/messages"
            + $"?after={afterSeq}&limit={limit}");
}
