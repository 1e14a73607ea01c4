namespace ServerlessIm.Client.Messages;

/// <summary>A message this device sent.</summary>
/// <param name="ConversationId">The conversation it was sent to.</param>
/// <param name="ClientMessageId">Identifies the message in every region; resends carry the same id.</param>
/// <param name="DeviceSeq">This device's counter of its sends in the conversation.</param>
/// <param name="Body">The text.</param>
public sealed record OutgoingMessage(string ConversationId, string ClientMessageId, long DeviceSeq, string Body);
