using System.Text.Json;

namespace ServerlessIm.Infrastructure.Storage;

/// <summary>How documents are written and read: System.Text.Json with camelCase property names.</summary>
internal static class DocumentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static MemoryStream Serialize<T>(T document) => new(JsonSerializer.SerializeToUtf8Bytes(document, Options));

    public static async Task<T> DeserializeAsync<T>(Stream content, CancellationToken cancellationToken) =>
        await JsonSerializer.DeserializeAsync<T>(content, Options, cancellationToken)
        ?? throw new JsonException($"Cosmos DB returned an empty {typeof(T).Name}.");
}
