using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core;
using ServerlessIm.Core.Sequencing;

namespace ServerlessIm.Infrastructure.Storage;

/// <summary>
/// The single-document operations the stores are built from, over one container. The outcomes the protocol
/// expects (exists, missing, lost race) come back as values; throttling, outages and timeouts become
/// <see cref="StoreUnavailableException"/>; anything else is a bug and propagates.
/// </summary>
/// <remarks>
/// The stream API is used because "already there" and "not there" are everyday answers here (every repeat,
/// every first send), and the typed API reports them as exceptions. Documents are written with
/// <see cref="DocumentJson.Options"/>, whatever serializer the client was given.
/// </remarks>
internal sealed partial class CosmosDocuments(Container container, ILogger logger)
{
    private const int MaxUpdateAttempts = 10;
    private const string SubStatusHeader = "x-ms-substatus";

    /// <returns><c>false</c> when a document with that id already exists.</returns>
    public Task<bool> TryCreateAsync<T>(T document, string partitionKey, CancellationToken cancellationToken) =>
        GuardAsync("create", async () =>
        {
            using var payload = DocumentJson.Serialize(document);
            using var response = await container.CreateItemStreamAsync(
                payload, new PartitionKey(partitionKey), cancellationToken: cancellationToken);
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                return false;
            }

            response.EnsureSuccessStatusCode();
            return true;
        }, cancellationToken);

    /// <returns><c>null</c> when no document has that id.</returns>
    public Task<Stored<T>?> ReadAsync<T>(string id, string partitionKey, CancellationToken cancellationToken) =>
        GuardAsync("read", async () =>
        {
            using var response = await container.ReadItemStreamAsync(
                id, new PartitionKey(partitionKey), cancellationToken: cancellationToken);
            if (IsMissingDocument(response))
            {
                return null;
            }

            response.EnsureSuccessStatusCode();
            var document = await DocumentJson.DeserializeAsync<T>(response.Content, cancellationToken);
            return new Stored<T>(document, response.Headers.ETag);
        }, cancellationToken);

    /// <returns><c>false</c> when the stored document no longer has <paramref name="eTag"/>.</returns>
    public Task<bool> TryReplaceAsync<T>(
        T document,
        string id,
        string partitionKey,
        string eTag,
        CancellationToken cancellationToken) =>
        GuardAsync("replace", async () =>
        {
            using var payload = DocumentJson.Serialize(document);
            var options = new ItemRequestOptions { IfMatchEtag = eTag };
            using var response = await container.ReplaceItemStreamAsync(
                payload, id, new PartitionKey(partitionKey), options, cancellationToken);
            if (response.StatusCode == HttpStatusCode.PreconditionFailed)
            {
                return false;
            }

            response.EnsureSuccessStatusCode();
            return true;
        }, cancellationToken);

    /// <summary>
    /// Reads the document, lets <paramref name="change"/> decide what to write (<c>null</c>: nothing), and
    /// writes it conditionally: a create when none was stored, else a replace with If-Match. A lost race
    /// reads again.
    /// </summary>
    /// <param name="conversationId">The conversation to name when other writers keep winning.</param>
    /// <returns><c>true</c> when this call wrote the document.</returns>
    public async Task<bool> UpdateAsync<T>(
        string id,
        string partitionKey,
        string conversationId,
        Func<T?, T?> change,
        CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 0; attempt < MaxUpdateAttempts; attempt++)
        {
            var stored = await ReadAsync<T>(id, partitionKey, cancellationToken);
            if (change(stored?.Document) is not { } document)
            {
                return false;
            }

            var written = stored is null
                ? await TryCreateAsync(document, partitionKey, cancellationToken)
                : await TryReplaceAsync(document, id, partitionKey, stored.ETag, cancellationToken);
            if (written)
            {
                return true;
            }
        }

        throw new ContentionException(conversationId);
    }

    /// <returns><c>false</c> when no document has that id.</returns>
    public Task<bool> TryPatchAsync(
        string id,
        string partitionKey,
        IReadOnlyList<PatchOperation> operations,
        CancellationToken cancellationToken) =>
        GuardAsync("patch", async () =>
        {
            using var response = await container.PatchItemStreamAsync(
                id, new PartitionKey(partitionKey), operations, cancellationToken: cancellationToken);
            if (IsMissingDocument(response))
            {
                return false;
            }

            response.EnsureSuccessStatusCode();
            return true;
        }, cancellationToken);

    /// <summary>Deletes the document; one that is already gone is fine.</summary>
    public Task DeleteAsync(string id, string partitionKey, CancellationToken cancellationToken) =>
        GuardAsync("delete", async () =>
        {
            using var response = await container.DeleteItemStreamAsync(
                id, new PartitionKey(partitionKey), cancellationToken: cancellationToken);
            if (!IsMissingDocument(response))
            {
                response.EnsureSuccessStatusCode();
            }

            return true;
        }, cancellationToken);

    /// <summary>Up to <paramref name="limit"/> results, from one partition or, without a key, from all.</summary>
    public Task<IReadOnlyList<T>> QueryAsync<T>(
        QueryDefinition query,
        string? partitionKey,
        int limit,
        CancellationToken cancellationToken) =>
        GuardAsync<IReadOnlyList<T>>("query", async () =>
        {
            var options = new QueryRequestOptions { MaxItemCount = Math.Min(limit, 1000) };
            if (partitionKey is not null)
            {
                options.PartitionKey = new PartitionKey(partitionKey);
            }

            var results = new List<T>();
            using var iterator = container.GetItemQueryStreamIterator(query, requestOptions: options);
            while (iterator.HasMoreResults && results.Count < limit)
            {
                using var response = await iterator.ReadNextAsync(cancellationToken);
                response.EnsureSuccessStatusCode();
                var page = await DocumentJson.DeserializeAsync<QueryResults<T>>(response.Content, cancellationToken);
                results.AddRange(page.Documents.Take(limit - results.Count));
            }

            return results;
        }, cancellationToken);

    /// <summary>One page of a single-partition query, and the SDK's token for the next page.</summary>
    /// <exception cref="InvalidCursorException">The service refused <paramref name="continuation"/>.</exception>
    public Task<(IReadOnlyList<T> Items, string? Continuation)> QueryPageAsync<T>(
        QueryDefinition query,
        string partitionKey,
        int limit,
        string? continuation,
        CancellationToken cancellationToken) =>
        GuardAsync<(IReadOnlyList<T>, string?)>("query page", async () =>
        {
            var options = new QueryRequestOptions
            {
                PartitionKey = new PartitionKey(partitionKey),
                MaxItemCount = limit,
            };
            try
            {
                using var iterator = container.GetItemQueryStreamIterator(query, continuation, options);
                using var response = await iterator.ReadNextAsync(cancellationToken);
                response.EnsureSuccessStatusCode();
                var page = await DocumentJson.DeserializeAsync<QueryResults<T>>(response.Content, cancellationToken);
                return (page.Documents, response.ContinuationToken);
            }
            catch (CosmosException ex) when (continuation is not null && ex.StatusCode == HttpStatusCode.BadRequest)
            {
                throw new InvalidCursorException("continuation", ex);
            }
        }, cancellationToken);

    /// <summary>
    /// A 404 for the document itself. A missing database or container also answers 404, with a sub-status,
    /// and must fail loudly rather than look like an empty store.
    /// </summary>
    private static bool IsMissingDocument(ResponseMessage response) =>
        response.StatusCode == HttpStatusCode.NotFound
        && response.Headers.Get(SubStatusHeader) is null or "0";

    private async Task<T> GuardAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (CosmosFailures.IsUnavailable(ex, cancellationToken))
        {
            LogUnavailable(ex, operation, container.Id, CosmosFailures.StatusOf(ex));
            throw CosmosFailures.Unavailable(operation, ex);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Cosmos DB {Operation} on {Container} failed with {StatusCode} after the SDK's retries")]
    private partial void LogUnavailable(Exception exception, string operation, string container, int statusCode);
}
