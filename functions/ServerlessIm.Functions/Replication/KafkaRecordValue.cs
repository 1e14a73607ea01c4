using System.Text.Json;

namespace ServerlessIm.Functions.Replication;

/// <summary>
/// The event inside a record the Kafka trigger delivers. The Functions host hands an isolated worker each
/// record of a string-typed trigger as the JSON of the extension's event data, with the record's value in
/// <c>Value</c> beside <c>Offset</c>, <c>Partition</c> and <c>Topic</c>; the local runner hands the value itself.
/// Replication events are camelCase, so a top-level <c>Value</c> and <c>Offset</c> never belong to one.
/// </summary>
public static class KafkaRecordValue
{
    public static string Of(string record)
    {
        ArgumentNullException.ThrowIfNull(record);

        try
        {
            using var document = JsonDocument.Parse(record);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("Offset", out _)
                && root.TryGetProperty("Value", out var value))
            {
                return value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: pass it on, and the event reader reports it as malformed.
        }

        return record;
    }
}
