using System.Text.Json;
using System.Text.Json.Serialization;
using ServerlessIm.Core.Replication;

namespace ServerlessIm.Infrastructure.Replication;

/// <summary>
/// The wire form of replication events, shared by the producer and every consumer: UTF-8 JSON, camelCase,
/// null payloads left out, unknown fields ignored (so a newer writer may add fields). docs/events.md
/// describes each event.
/// </summary>
public static class ReplicationEventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A field the schema requires must be present and non-null, or the event is malformed.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        MaxDepth = 16,
    };

    public static string Serialize(ReplicationEvent replicationEvent) =>
        JsonSerializer.Serialize(replicationEvent, Options);

    /// <summary>
    /// Reads one event. An event of a newer version that this code cannot parse comes back as its bare
    /// envelope, without payload, so the receiver skips it by its version like any newer event.
    /// </summary>
    /// <exception cref="MalformedEventException">The text is not a replication event.</exception>
    public static ReplicationEvent Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        try
        {
            return JsonSerializer.Deserialize<ReplicationEvent>(json, Options)
                ?? throw new MalformedEventException("The record is JSON null, not a replication event.");
        }
        catch (JsonException ex)
        {
            return NewerEnvelope(json)
                ?? throw new MalformedEventException($"The record is not a replication event: {ex.Message}", ex);
        }
    }

    private static ReplicationEvent? NewerEnvelope(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var versionElement)
                || !versionElement.TryGetInt32(out var version)
                || version <= EventTypes.CurrentVersion)
            {
                return null;
            }

            return new ReplicationEvent(
                Text(root, "type"), version, Text(root, "eventId"), Text(root, "sourceRegion"), default);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? ""
            : "";
}
