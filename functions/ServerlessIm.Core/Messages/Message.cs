using System.Text.Json.Serialization;

namespace ServerlessIm.Core.Messages;

/// <summary>
/// A sequenced message: its place <paramref name="Seq"/> in the conversation was assigned by the
/// sequencer <paramref name="SequencedBy"/> in <paramref name="Epoch"/>.
/// </summary>
public sealed record Message(
    string ConversationId,
    long Seq,
    long Epoch,
    string SequencedBy,
    string SenderId,
    string DeviceId,
    long DeviceSeq,
    string ClientMessageId,
    string Body,
    string SubmittedIn,
    DateTimeOffset SentAt,
    DateTimeOffset SequencedAt)
{
    [JsonIgnore]
    public DeviceKey Device => new(SenderId, DeviceId);
}
