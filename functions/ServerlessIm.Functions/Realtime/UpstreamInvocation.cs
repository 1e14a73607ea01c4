using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Functions.Api.Messages;

namespace ServerlessIm.Functions.Realtime;

/// <summary>
/// A client's <c>sendMessage</c> invocation as the service forwards it upstream: a SignalR JSON invocation
/// message <c>{"type":1,"invocationId":"..","target":"sendMessage","arguments":[conversationId, body]}</c>.
/// Without an invocation id the client asked for no answer.
/// </summary>
internal sealed record UpstreamInvocation(
    string? InvocationId,
    string Target,
    string ConversationId,
    SendMessageBody Message)
{
    private const int InvocationMessageType = 1;
    private const byte RecordSeparator = 0x1e;
    private const string ArgumentsShape =
        "Two arguments: [conversationId, {clientMessageId, deviceId, deviceSeq, body}].";

    /// <returns>The invocation, or the 400 problem that says what is malformed.</returns>
    public static (UpstreamInvocation? Invocation, IActionResult? Problem) Parse(byte[] bytes)
    {
        // The JSON hub protocol ends each message with a record separator; the service may forward it.
        var length = bytes.Length > 0 && bytes[^1] == RecordSeparator ? bytes.Length - 1 : bytes.Length;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.AsMemory(0, length), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return Malformed("body", "Send one SignalR JSON invocation message.");
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static (UpstreamInvocation?, IActionResult?) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Malformed("body", "Send one SignalR JSON invocation message.");
        }

        if (!root.TryGetProperty("type", out var type)
            || type.ValueKind != JsonValueKind.Number
            || !type.TryGetInt32(out var kind)
            || kind != InvocationMessageType)
        {
            return Malformed("type", "Only invocation messages (type 1) are served.");
        }

        if (!root.TryGetProperty("target", out var target)
            || target.ValueKind != JsonValueKind.String
            || target.GetString() is not { Length: > 0 } method)
        {
            return Malformed("target", "Name the hub method, 'sendMessage'.");
        }

        var invocationId = root.TryGetProperty("invocationId", out var id) ? id : default;
        if (invocationId.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return Malformed("invocationId", "A string, or absent when no answer is wanted.");
        }

        if (!root.TryGetProperty("arguments", out var arguments)
            || arguments.ValueKind != JsonValueKind.Array
            || arguments.GetArrayLength() != 2
            || arguments[0].ValueKind != JsonValueKind.String
            || arguments[1].ValueKind != JsonValueKind.Object)
        {
            return Malformed("arguments", ArgumentsShape);
        }

        try
        {
            var message = arguments[1].Deserialize<SendMessageBody>(JsonBody.Options)!;
            var answerTo = invocationId.ValueKind == JsonValueKind.String ? invocationId.GetString() : null;
            return (new UpstreamInvocation(answerTo, method, arguments[0].GetString()!, message), null);
        }
        catch (JsonException ex)
        {
            return Malformed("arguments[1]" + ex.Path?.TrimStart('$'), "Not valid JSON of the expected shape.");
        }
    }

    private static (UpstreamInvocation?, IActionResult?) Malformed(string field, string problem) =>
        (null, Problems.Invalid(field, problem));
}
