using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Replication;
using ServerlessIm.Core.Validation;

namespace ServerlessIm.Infrastructure.Replication;

/// <summary>
/// Reads a conversation's messages from the peer region's sync API (<see cref="PeerSyncApi"/>), page by page,
/// to repair a replication gap.
/// </summary>
public sealed partial class PeerHistoryClient(
    HttpClient http,
    IPeerAccessToken token,
    RegionOptions regions,
    ILogger<PeerHistoryClient> logger) : IPeerHistory
{
    public async Task<IReadOnlyList<Message>> ReadAsync(
        string region,
        string conversationId,
        long afterSeq,
        int limit,
        CancellationToken cancellationToken)
    {
        var baseUrl = regions.PeerBaseUrl
            ?? throw new InvalidOperationException(
                "Set ServerlessIm:PeerBaseUrl (app setting ServerlessIm__PeerBaseUrl) to repair replication gaps.");

        if (!string.Equals(region, regions.PeerRegion, StringComparison.Ordinal))
        {
            // Limitation: only the one configured peer's sync API is known; a gap in a conversation homed in a
            // third region is repaired from that peer, which holds the history only if it replicated it.
            LogNotThePeer(conversationId, region, regions.PeerRegion);
        }

        var messages = new List<Message>();
        var after = afterSeq;
        while (messages.Count < limit)
        {
            var page = await ReadPageAsync(baseUrl, conversationId, after, limit - messages.Count, cancellationToken);
            if (page.Messages.Count == 0 || page.Next <= after)
            {
                break;
            }

            messages.AddRange(page.Messages);
            after = page.Next;
        }

        LogRead(conversationId, afterSeq, messages.Count, regions.PeerRegion);
        return messages;
    }

    private async Task<PeerMessagePage> ReadPageAsync(
        Uri baseUrl,
        string conversationId,
        long after,
        int wanted,
        CancellationToken cancellationToken)
    {
        var path = PeerSyncApi.PathFor(conversationId, after, Math.Min(wanted, Limits.MaxPageSize));
        var url = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/" + path);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var bearer = await token.GetAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"The sync API of {regions.PeerRegion} answered {(int)response.StatusCode} for {conversationId}.",
                null,
                response.StatusCode);
        }

        var page = await response.Content.ReadFromJsonAsync<PeerMessagePage>(
            ReplicationEventJson.Options, cancellationToken);
        return page
            ?? throw new HttpRequestException($"The sync API of {regions.PeerRegion} answered an empty body.");
    }

    [LoggerMessage(
        Level = LogLevel.Debug,
        Message = "Read {Count} messages of {ConversationId} after seq {Seq} from {Region}")]
    private partial void LogRead(string conversationId, long seq, int count, string region);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Gap in {ConversationId} is homed in {HomeRegion}; asking the configured peer {Region} instead")]
    private partial void LogNotThePeer(string conversationId, string homeRegion, string region);
}
