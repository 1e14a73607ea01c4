using System.Text.Json.Serialization;

namespace ServerlessIm.Core.Messages;

/// <summary>
/// A message a member handed to a region, not yet numbered. <paramref name="SubmittedIn"/> is the region
/// that accepted it; the conversation's home region turns it into a <see cref="Message"/>.
/// </summary>
public sealed record Submission(
    string ConversationId,
    string SenderId,
    string DeviceId,
    long DeviceSeq,
    string ClientMessageId,
    string Body,
    string SubmittedIn,
    DateTimeOffset SentAt)
{
    [JsonIgnore]
    public DeviceKey Device => new(SenderId, DeviceId);

    public bool IsSameMessageAs(Message message) =>
        string.Equals(message.SenderId, SenderId, StringComparison.Ordinal)
        && string.Equals(message.ClientMessageId, ClientMessageId, StringComparison.Ordinal);
}
