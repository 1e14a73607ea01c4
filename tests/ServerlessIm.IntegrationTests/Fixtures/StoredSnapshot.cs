using System.Text.Json.Serialization;
using Microsoft.Azure.Cosmos;
using ServerlessIm.Infrastructure.Storage;

namespace ServerlessIm.IntegrationTests.Fixtures;

/// <summary>Every document of a region's database with its ETag, to show that a request changed nothing.</summary>
public static class StoredSnapshot
{
    public static async Task<IReadOnlyList<string>> TakeAsync(CosmosContainers containers)
    {
        var documents = new List<string>();
        foreach (var container in new[] { containers.Conversations, containers.Messages, containers.Memberships })
        {
            using var iterator = container.GetItemQueryIterator<Version>("SELECT c.id, c._etag FROM c");
            while (iterator.HasMoreResults)
            {
                var page = await iterator.ReadNextAsync();
                documents.AddRange(page.Select(v => $"{container.Id}/{v.Id}@{v.ETag}"));
            }
        }

        documents.Sort(StringComparer.Ordinal);
        return documents;
    }

    private sealed record Version(string Id, [property: JsonPropertyName("_etag")] string ETag);
}
