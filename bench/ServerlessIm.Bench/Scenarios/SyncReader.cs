using System.Net;
using System.Net.Http.Json;
using ServerlessIm.Local.Hosting;

namespace ServerlessIm.Bench.Scenarios;

/// <summary>Reads a region's copy of a conversation through its sync API.</summary>
internal static class SyncReader
{
    public static async Task<bool> ExistsAsync(RegionHost region, string userId, string conversationId)
    {
        using var http = region.CreateClient(userId);
        using var response = await http.GetAsync(new Uri($"api/conversations/{conversationId}", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.OK;
    }

    public static async Task<IReadOnlyList<StoredMessage>> ReadAllAsync(
        RegionHost region,
        string userId,
        string conversationId)
    {
        using var http = region.CreateClient(userId);
        var all = new List<StoredMessage>();
        while (true)
        {
            var after = all.Count == 0 ? 0 : all[^1].Seq;
            var path = new Uri(
                $"api/conversations/{conversationId}/messages?after={after}&limit=200", UriKind.Relative);
            var page = await http.GetFromJsonAsync<Page>(path) ?? throw new InvalidOperationException("Empty page.");
            if (page.Messages.Count == 0)
            {
                return all;
            }

            all.AddRange(page.Messages);
        }
    }

    private sealed record Page(IReadOnlyList<StoredMessage> Messages);
}
