using ServerlessIm.Core.Messages;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// The names clients and hubs agree on, shared by the Azure SignalR Service path and the local hub.
/// </summary>
public static class ChatHubContract
{
    /// <summary>The hub clients connect to.</summary>
    public const string HubName = "chat";

    /// <summary>Client method: a message was sequenced; its argument is a <see cref="MessageView"/>.</summary>
    public const string MessageMethod = "message";

    /// <summary>Client method: a message was accepted here and waits for its home region.</summary>
    public const string PendingMethod = "pending";

    /// <summary>
    /// Server method clients invoke to send: arguments <c>[conversationId, {clientMessageId, deviceId,
    /// deviceSeq, body}]</c>; the completion's result is the message as the HTTP send answers it.
    /// </summary>
    public const string SendMessageMethod = "sendMessage";
}
