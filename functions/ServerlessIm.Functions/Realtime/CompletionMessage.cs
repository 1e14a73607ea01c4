using System.Text.Json.Serialization;
using ServerlessIm.Core.Messages;

namespace ServerlessIm.Functions.Realtime;

/// <summary>
/// The SignalR completion message (type 3) that answers an invocation: <c>result</c> on success, otherwise
/// <c>error</c>.
/// </summary>
internal sealed record CompletionMessage(
    int Type,
    string InvocationId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MessageView? Result,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error)
{
    public const int CompletionMessageType = 3;
}
