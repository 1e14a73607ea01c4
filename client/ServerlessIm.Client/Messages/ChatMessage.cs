namespace ServerlessIm.Client.Messages;

/// <summary>A message as the service shows it.</summary>
/// <param name="Status"><c>sequenced</c> (it has a <paramref name="Seq"/>) or <c>pending</c>.</param>
/// <param name="ConversationId">The conversation it belongs to.</param>
/// <param name="Seq">The message's place in its conversation, the same in every region.</param>
/// <param name="Epoch">The sequencer's epoch that assigned <paramref name="Seq"/>.</param>
/// <param name="SenderId">The sender's user id.</param>
/// <param name="DeviceId">The sender's device.</param>
/// <param name="DeviceSeq">The device's counter of its sends in this conversation.</param>
/// <param name="ClientMessageId">The id the sender's device gave the message.</param>
/// <param name="Body">The text.</param>
/// <param name="SentAt">When the accepting region received it.</param>
/// <param name="SequencedAt">When it got its seq.</param>
/// <param name="SequencedBy">The region that assigned its seq.</param>
/// <param name="AcceptedBy">The region that accepted the message from its sender.</param>
/// <param name="HomeRegion">The conversation's home region, for a pending message.</param>
public sealed record ChatMessage(
    string Status,
    string ConversationId,
    long? Seq,
    long? Epoch,
    string SenderId,
    string DeviceId,
    long DeviceSeq,
    string ClientMessageId,
    string Body,
    DateTimeOffset SentAt,
    DateTimeOffset? SequencedAt,
    string? SequencedBy,
    string AcceptedBy,
    string? HomeRegion)
{
    /// <summary>Whether the message has its final place.</summary>
    public bool IsSequenced => Seq is not null;
}
