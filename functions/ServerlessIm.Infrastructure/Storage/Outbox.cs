using Microsoft.Azure.Cosmos;

namespace ServerlessIm.Infrastructure.Storage;

/// <summary>
/// Documents that this region owes a replication event carry <c>published: false</c> and the time they
/// were stored; the sweeper lists the old ones and each publish marks its document.
/// </summary>
internal static class Outbox
{
    public static readonly IReadOnlyList<PatchOperation> MarkPublished = [PatchOperation.Set("/published", true)];

    public static QueryDefinition Query(string type, DateTimeOffset olderThan) =>
        new QueryDefinition(
                "SELECT * FROM c WHERE c.type = @type AND c.published = false AND c.storedAt < @olderThan")
            .WithParameter("@type", type)
            .WithParameter("@olderThan", olderThan.ToUnixTimeMilliseconds());
}
