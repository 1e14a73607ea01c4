using System.Text.Json.Serialization;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Messages;

namespace ServerlessIm.Core.Replication;

/// <summary>
/// What a region tells its peers through its topic. Exactly one payload is set, as <see cref="Type"/> says.
/// The Kafka key is <see cref="Key"/>, so one conversation's events stay in one partition, in order.
/// </summary>
public sealed record ReplicationEvent(
    string Type,
    int Version,
    string EventId,
    string SourceRegion,
    DateTimeOffset OccurredAt,
    Message? Message = null,
    Submission? Submission = null,
    Conversation? Conversation = null,
    RegionHeartbeat? Heartbeat = null)
{
    [JsonIgnore]
    public string Key =>
        Message?.ConversationId
        ?? Submission?.ConversationId
        ?? Conversation?.Id
        ?? SourceRegion;

    public static ReplicationEvent Sequenced(Message message, string region, DateTimeOffset now) =>
        new(
            EventTypes.MessageSequenced,
            EventTypes.CurrentVersion,
            $"seq-{message.ConversationId}-{message.Seq}-{message.Epoch}",
            region,
            now,
            Message: message);

    public static ReplicationEvent Submitted(Submission submission, string region, DateTimeOffset now) =>
        new(
            EventTypes.MessageSubmitted,
            EventTypes.CurrentVersion,
            $"sub-{submission.ConversationId}-{submission.SenderId}-{submission.ClientMessageId}",
            region,
            now,
            Submission: submission);

    public static ReplicationEvent Changed(Conversation conversation, string region, DateTimeOffset now) =>
        new(
            EventTypes.ConversationChanged,
            EventTypes.CurrentVersion,
            $"conv-{conversation.Id}-{conversation.Version}",
            region,
            now,
            Conversation: conversation);

    public static ReplicationEvent Beat(RegionHeartbeat heartbeat, DateTimeOffset now) =>
        new(
            EventTypes.RegionHeartbeat,
            EventTypes.CurrentVersion,
            $"beat-{heartbeat.Region}-{now.ToUnixTimeMilliseconds()}",
            heartbeat.Region,
            now,
            Heartbeat: heartbeat);
}
